/**
 * Docker joins a line that ends in the escape character with the next one before anything
 * else sees the text, and drops comment and blank lines inside such a continuation. Rules and
 * the shell parser work on the joined text, so keep a map back to Dockerfile offsets.
 */
export interface JoinedText {
  text: string;
  /** Dockerfile offset of each joined offset; one extra entry for the end */
  offsets: Int32Array;
  /** Dockerfile line numbers (1-based) of blank lines found inside the continuation */
  emptyContinuationLines: number[];
}

export function joinContinuations(
  source: string,
  start: number,
  end: number,
  escapeChar: string,
  firstLineNumber: number,
): JoinedText {
  const parts: string[] = [];
  const map: number[] = [];
  const emptyLines: number[] = [];
  let pos = start;
  let lineNo = firstLineNumber;
  let first = true;
  while (pos < end) {
    let eol = pos;
    while (eol < end && source.charCodeAt(eol) !== 10 && source.charCodeAt(eol) !== 13) eol++;
    const next = eol < end ? (source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : end;
    const line = source.slice(pos, eol);
    const trimmed = line.trimStart();
    if (!first && trimmed.startsWith('#')) {
      pos = next;
      lineNo++;
      continue;
    }
    if (!first && trimmed === '') {
      if (next < end) emptyLines.push(lineNo);
      pos = next;
      lineNo++;
      continue;
    }
    let keepEnd = eol;
    let continued = false;
    if (next < end || eol < end) {
      const k = continuationAt(source, pos, eol, escapeChar);
      if (k >= 0) {
        keepEnd = k;
        continued = true;
      }
    }
    for (let i = pos; i < keepEnd; i++) map.push(i);
    parts.push(source.slice(pos, keepEnd));
    if (!continued && next < end) {
      // a line break that is not escaped stays (heredoc-like bodies, or text after the instruction)
      map.push(eol);
      parts.push('\n');
    }
    first = false;
    pos = next;
    lineNo++;
  }
  map.push(end);
  return { text: parts.join(''), offsets: Int32Array.from(map), emptyContinuationLines: emptyLines };
}

/** Offset of the escape character that continues this line, or -1. Trailing blanks after it are allowed. */
export function continuationAt(source: string, lineStart: number, lineEnd: number, escapeChar: string): number {
  let i = lineEnd - 1;
  while (i >= lineStart && (source[i] === ' ' || source[i] === '\t')) i--;
  if (i < lineStart || source[i] !== escapeChar) return -1;
  // BuildKit matches `<escape>[ \t]*$` without looking at what stands before it
  return i;
}
