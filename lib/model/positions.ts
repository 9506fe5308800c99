import type { Position, Span } from './types';

/** Offsets where each line starts; \r\n, \r and \n all end a line, as the Dockerfile parser counts them. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Splits into lines without their terminators, consistent with computeLineStarts. */
export function splitLines(text: string, lineStarts: number[]): string[] {
  const lines: string[] = new Array(lineStarts.length);
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines[i] = text.slice(start, end);
  }
  return lines;
}

export class PositionMap {
  constructor(readonly text: string, readonly lineStarts: number[]) {}

  /** 0-based line index containing offset */
  lineIndexOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const li = this.lineIndexOf(o);
    return { line: li + 1, column: o - this.lineStarts[li] + 1 };
  }

  /** from a 0-based (line, character) pair, as dockerfile-ast reports */
  offsetOf(line0: number, character: number): number {
    if (line0 >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line0];
    const next = line0 + 1 < this.lineStarts.length ? this.lineStarts[line0 + 1] : this.text.length;
    return Math.min(start + character, next);
  }

  span(startOffset: number, endOffset: number): Span {
    const s = Math.max(0, Math.min(startOffset, this.text.length));
    const e = Math.max(s, Math.min(endOffset, this.text.length));
    return { start: this.position(s), end: this.position(e), startOffset: s, endOffset: e };
  }

  fromLsp(range: { start: { line: number; character: number }; end: { line: number; character: number } }): Span {
    return this.span(this.offsetOf(range.start.line, range.start.character), this.offsetOf(range.end.line, range.end.character));
  }

  /** the whole of 1-based line `line`, without its terminator */
  lineSpan(line: number): Span {
    const li = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    const start = this.lineStarts[li];
    let end = li + 1 < this.lineStarts.length ? this.lineStarts[li + 1] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.span(start, end);
  }
}
