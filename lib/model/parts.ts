/**
 * dockerfile-ast parses a whole document; most of a re-parse is spent on text that did not change
 * (the optimizer re-parses after every pass, the editor after every keystroke). A Dockerfile is cut
 * here at instruction boundaries into parts that parse the same alone, and each part's syntax tree is kept
 * by its text, so only the parts that changed are parsed again.
 */
import { DockerfileParser, type Comment as AstComment, type Instruction as AstInstruction } from 'dockerfile-ast';
import { parsingLean } from './lean-ast';
import { textMemo } from '../text-cache';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface PartTree {
  escape: string;
  instructions: AstInstruction[];
  comments: AstComment[];
}

export interface Part {
  /** 0-based line of the document where the part starts */
  line: number;
  /** the part's text, from the start of that line to the start of the next part */
  text: string;
}

export const treeOf = textMemo((text: string): PartTree => {
  const ast = parsingLean(() => DockerfileParser.parse(text));
  return { escape: ast.getEscapeCharacter() || '\\', instructions: ast.getInstructions(), comments: ast.getComments() };
}, 512, 2_000_000);

/**
 * Lines where a part may start: each instruction that is not the continuation of the one above it
 * (blank and comment lines continue an instruction whose last line ends with the escape character).
 * After the first heredoc marker nothing is cut: a body line may look like an instruction.
 */
export function partStarts(lines: readonly string[]): number[] {
  const starts = [0];
  let lastCode = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed[0] === '#') continue;
    if (lastCode >= 0 && !/\\[ \t]*$/.test(lines[lastCode])) starts.push(i);
    if (line.includes('<<')) break;
    lastCode = i;
  }
  return starts;
}

/** The document's parts; one part when the escape character is not the default. */
export function splitParts(text: string, lines: readonly string[], lineStarts: readonly number[]): { parts: Part[]; escape: string } {
  const starts = partStarts(lines);
  const sliceOf = (k: number): string => text.slice(lineStarts[starts[k]], k + 1 < starts.length ? lineStarts[starts[k + 1]] : text.length);
  const first = sliceOf(0);
  const escape = treeOf(first).escape;
  // the escape directive applies to the whole file, but only the first part can carry it
  if (starts.length === 1 || escape !== '\\') return { parts: [{ line: 0, text }], escape };
  return { parts: starts.map((line, k) => ({ line, text: k === 0 ? first : sliceOf(k) })), escape };
}
