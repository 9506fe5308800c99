import { describe, expect, it } from 'vitest';
import { DockerfileParser, Instruction, JSONInstruction, type Instruction as AstInstruction } from 'dockerfile-ast';
import { parsingLean } from './lean-ast';

const TRICKY = [
  'FROM alpine\nRUN echo a \\\n  && echo b # not a comment\nCMD ["sh", "-c", "echo hi"]\n',
  'FROM alpine AS b\nCOPY --from=b --chown=1:1 a b\nADD --checksum=sha256:00 https://x/y /z\nRUN --mount=type=cache,target=/root/.cache pip install x\n',
  'FROM alpine\nRUN <<EOF\necho 1\nEOF\nCOPY <<-A <<B /x\n\tone\n\tA\ntwo\nB\nRUN cat <<"Q" > f\n$HOME\nQ\n',
  '# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\\\nSHELL ["powershell", "-Command"]\n',
  'FROM alpine\nONBUILD RUN echo "x" \\\n # comment line\n  y\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "x"]\nENTRYPOINT [ "a" , "b" ]\nVOLUME ["/a", "/b"]\nENV A=1 B="2 3"\nLABEL a=b\nARG X=1\n',
  'FROM alpine\nRUN ["echo", "unterminated\nCMD [ ]\nENTRYPOINT []\nRUN \\\n\nRUN \t \\ \n  echo x\n',
];

/** everything the model reads from dockerfile-ast (the JSON-form fields it skips are not among them) */
function described(instructions: AstInstruction[]): unknown {
  return instructions.map((i) => ({
    keyword: i.getKeyword(),
    raw: i.getInstruction(),
    range: i.getRange(),
    keywordRange: i.getInstructionRange(),
    args: i.getArguments().map((a) => [a.getValue(), a.getRange()]),
    heredocs: (i as unknown as { getHeredocs?: () => { getName(): string; getContentRange(): unknown }[] }).getHeredocs?.().map((h) => [h.getName(), h.getContentRange()]) ?? null,
    trigger: (i as unknown as { getTriggerInstruction?: () => AstInstruction | null }).getTriggerInstruction?.()?.getRange() ?? null,
  }));
}

describe('parsingLean', () => {
  it('gives the instructions, ranges, arguments and heredocs of the published parse', () => {
    for (const text of TRICKY) {
      const normal = DockerfileParser.parse(text);
      const lean = parsingLean(() => DockerfileParser.parse(text));
      expect(described(lean.getInstructions()), text).toEqual(described(normal.getInstructions()));
      expect(lean.getComments().map((c) => c.getRange())).toEqual(normal.getComments().map((c) => c.getRange()));
    }
  });
  it('puts the library back as published, even when the parse throws', () => {
    const proto = Instruction.prototype as unknown as { getRawArguments: unknown };
    const tokenise = proto.getRawArguments;
    const json = (JSONInstruction.prototype as unknown as { getRawArgumentsContent: unknown }).getRawArgumentsContent;
    expect(() => parsingLean(() => { throw new Error('x'); })).toThrow('x');
    parsingLean(() => DockerfileParser.parse('FROM a\nCMD ["b"]\n'));
    expect(proto.getRawArguments).toBe(tokenise);
    expect((JSONInstruction.prototype as unknown as { getRawArgumentsContent: unknown }).getRawArgumentsContent).toBe(json);
    // outside, CMD's JSON form is read again, as others in the process expect
    const cmd = DockerfileParser.parse('FROM a\nCMD ["b", "c"]\n').getInstructions()[1] as unknown as { getJSONStrings(): unknown[] };
    expect(cmd.getJSONStrings()).toHaveLength(2);
  });
});
