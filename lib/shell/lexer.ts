/**
 * Character-level scanning shared by the word reader and the parser. Shell tokens depend on
 * parser state (keywords, here-documents), so there is no separate token stream: the parser
 * asks the scanner about the characters at the cursor. Everything works on char codes with
 * plain loops, so there is no regex and no backtracking.
 */
import type { ShellParseError, ShellRedirect } from './types';

export const EOF = -1;
export const NL = 10;
export const SPACE = 32;
export const TAB = 9;
export const CR = 13;

/** Characters that end an unquoted word. */
export function isMeta(c: number): boolean {
  switch (c) {
    case EOF:
    case SPACE:
    case TAB:
    case NL:
    case 59: // ;
    case 38: // &
    case 124: // |
    case 60: // <
    case 62: // >
    case 40: // (
    case 41: // )
      return true;
    default:
      return false;
  }
}

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isNameChar(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

export interface PendingHeredoc {
  delimiter: string;
  stripTabs: boolean;
  redirect: ShellRedirect;
}

export class Scanner {
  pos = 0;
  readonly len: number;
  /** bodies are read at the next newline, after the rest of the command line */
  pending: PendingHeredoc[] = [];

  constructor(
    readonly src: string,
    /** added to every recorded offset: sub-scanners (backquotes, `sh -c`) map back to the outer source */
    readonly offset: number,
    readonly errors: ShellParseError[],
  ) {
    this.len = src.length;
  }

  peek(ahead = 0): number {
    const i = this.pos + ahead;
    return i < this.len ? this.src.charCodeAt(i) : EOF;
  }

  at(): number {
    return this.offset + this.pos;
  }

  error(message: string, start: number, end = start): void {
    // a cascade of identical errors helps nobody and costs memory on hostile input
    if (this.errors.length >= 100) return;
    this.errors.push({ message, start: this.offset + start, end: this.offset + end });
  }

  /** Blanks and `\<newline>` continuations, but not newlines themselves. */
  skipBlanks(): void {
    const src = this.src;
    for (;;) {
      const c = this.pos < this.len ? src.charCodeAt(this.pos) : EOF;
      if (c === SPACE || c === TAB || c === CR) this.pos++;
      else if (c === 92 && this.peek(1) === NL) this.pos += 2;
      else return;
    }
  }

  /** A `#` at a word boundary starts a comment up to (not including) the newline. */
  skipComment(): void {
    const nl = this.src.indexOf('\n', this.pos);
    this.pos = nl < 0 ? this.len : nl;
  }

  skipBlanksAndComment(): void {
    this.skipBlanks();
    if (this.peek() === 35) this.skipComment();
  }

  /** Consumes the newline under the cursor, then any here-document bodies it releases. */
  consumeNewline(): void {
    this.pos++;
    if (this.pending.length > 0) this.readHeredocBodies();
  }

  /** Newlines, blanks and comments between commands. */
  skipLinebreaks(): void {
    for (;;) {
      this.skipBlanksAndComment();
      if (this.peek() !== NL) return;
      this.consumeNewline();
    }
  }

  private readHeredocBodies(): void {
    const pending = this.pending;
    this.pending = [];
    const src = this.src;
    for (const doc of pending) {
      const bodyStart = this.pos;
      let found = false;
      while (this.pos < this.len) {
        const lineStart = this.pos;
        let lineEnd = src.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = this.len;
        this.pos = lineEnd < this.len ? lineEnd + 1 : lineEnd;
        if (lineMatches(src, lineStart, lineEnd, doc.delimiter, doc.stripTabs)) {
          doc.redirect.heredocBody = src.slice(bodyStart, lineStart);
          found = true;
          break;
        }
      }
      if (!found) {
        doc.redirect.heredocBody = src.slice(bodyStart, this.pos);
        this.error(`here-document delimited by end of input (wanted '${doc.delimiter}')`, bodyStart, this.pos);
      }
    }
  }
}

function lineMatches(src: string, start: number, end: number, delim: string, stripTabs: boolean): boolean {
  if (stripTabs) while (start < end && src.charCodeAt(start) === TAB) start++;
  // tolerate CRLF scripts
  if (end > start && src.charCodeAt(end - 1) === CR) end--;
  return end - start === delim.length && src.startsWith(delim, start);
}
