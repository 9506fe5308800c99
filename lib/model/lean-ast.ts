/**
 * dockerfile-ast does work while it parses that this model never reads, and it is most of its time
 * on long RUNs: every RUN, COPY, ADD, CMD, ENTRYPOINT ... is checked for JSON form in its constructor
 * (the model reads exec form itself, parse.ts), and its arguments are tokenised again for each of
 * that check, the flags and the heredoc scan. While `parsingLean` runs, the JSON check is skipped
 * and each instruction is tokenised once (callers get copies: the library shift()s the array).
 * Before it returns, the library is put back as published, for any other user in the process
 * (the benchmark measures bare dockerfile-ast next to ours).
 */
import { Instruction, JSONInstruction, type Argument } from 'dockerfile-ast';

interface Tokenising {
  getRawArguments(this: object): Argument[];
}
interface JsonChecking {
  getRawArgumentsContent(this: object): string | null;
}

const instructionProto = Instruction.prototype as unknown as Tokenising;
const jsonProto = JSONInstruction.prototype as unknown as JsonChecking;
const published = { tokenise: instructionProto.getRawArguments, jsonContent: jsonProto.getRawArgumentsContent };
const tokens = new WeakMap<object, Argument[]>();

function tokeniseOnce(this: object): Argument[] {
  let args = tokens.get(this);
  if (!args) tokens.set(this, (args = published.tokenise.call(this)));
  return args.slice();
}

/** the JSON-form check in JSONInstruction's constructor stops at once when there is no content */
function noJsonCheck(): null {
  return null;
}

export function parsingLean<T>(parse: () => T): T {
  // a re-entrant call (never expected) finds the lean versions in place and must not restore early
  if (instructionProto.getRawArguments === tokeniseOnce) return parse();
  instructionProto.getRawArguments = tokeniseOnce;
  jsonProto.getRawArgumentsContent = noJsonCheck;
  try {
    return parse();
  } finally {
    instructionProto.getRawArguments = published.tokenise;
    jsonProto.getRawArgumentsContent = published.jsonContent;
  }
}
