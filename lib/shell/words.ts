/**
 * Reading one shell word (quotes, escapes, expansions) at the scanner's cursor.
 * Command substitutions are handed back to the parser through `WordHost`, so the commands
 * inside `$(...)` and backquotes end up in the same command list as everything else.
 */
import { EOF, NL, Scanner, isMeta, isNameChar, isNameStart, isDigit } from './lexer';
import type { ShellWord, WordPart } from './types';

export interface WordHost {
  readonly s: Scanner;
  /** true once nesting got too deep: every loop stops */
  readonly aborted: boolean;
  /** cursor just after `$(` (or `<(`): parse the list, consume the `)` */
  parseCommandSubstitution(procsubst: boolean): void;
  /** parse the unescaped text of a backquote substitution that started at `offset` */
  parseBackquoted(text: string, offset: number): void;
  enter(): boolean;
  leave(): void;
}

/** Kinds whose text is kept as written in `value`, which therefore is not exact. */
function isInexact(kind: WordPart['kind']): boolean {
  return kind !== 'lit' && kind !== 'sq' && kind !== 'ansi' && kind !== 'dq';
}

/**
 * Reads a word at the cursor, or returns null when the cursor is at a word boundary.
 * `tildeOk` is false for words that cannot start with a tilde expansion.
 */
export function readWord(h: WordHost, tildeOk = true): ShellWord | null {
  const s = h.s;
  const src = s.src;
  const wordStart = s.pos;
  const parts: WordPart[] = [];
  let value = '';
  let literal = true;
  let quoted = false;
  // pending unquoted literal run
  let litStart = -1;
  let litValue = '';
  // positions up to which `[` / `{` are known not to open a glob / brace expansion
  let noBracketBefore = -1;
  let noBraceBefore = -1;

  const flushLit = (): void => {
    if (litStart < 0) return;
    parts.push({ kind: 'lit', raw: src.slice(litStart, s.pos), start: s.offset + litStart, end: s.at(), quoted: false });
    value += litValue;
    litStart = -1;
    litValue = '';
  };
  const addPart = (part: WordPart, partValue: string): void => {
    parts.push(part);
    value += partValue;
    if (isInexact(part.kind) || (part.kind === 'dq' && part.parts!.some((p) => isInexact(p.kind)))) literal = false;
    if (part.quoted || part.kind === 'sq' || part.kind === 'dq' || part.kind === 'ansi') quoted = true;
  };

  while (!h.aborted) {
    const c = s.peek();
    if (isMeta(c)) {
      // process substitution only opens a word
      if ((c === 60 || c === 62) && s.peek(1) === 40 && s.pos === wordStart) {
        const start = s.pos;
        s.pos += 2;
        h.parseCommandSubstitution(true);
        addPart({ kind: 'cmdsubst', raw: src.slice(start, s.pos), start: s.offset + start, end: s.at(), quoted: false }, src.slice(start, s.pos));
        continue;
      }
      break;
    }
    switch (c) {
      case 92: {
        // backslash
        if (litStart < 0) litStart = s.pos;
        const next = s.peek(1);
        if (next === NL) s.pos += 2;
        else if (next === EOF) {
          litValue += '\\';
          s.pos++;
        } else {
          litValue += src[s.pos + 1];
          s.pos += 2;
          // keep astral characters whole
          if (next >= 0xd800 && next <= 0xdbff && s.pos < s.len) litValue += src[s.pos++];
        }
        continue;
      }
      case 39: {
        // '
        flushLit();
        const start = s.pos;
        const close = src.indexOf("'", start + 1);
        const end = close < 0 ? s.len : close + 1;
        if (close < 0) s.error('unterminated single quote', start, s.len);
        s.pos = end;
        const inner = src.slice(start + 1, close < 0 ? s.len : close);
        addPart({ kind: 'sq', raw: src.slice(start, end), start: s.offset + start, end: s.at(), quoted: true }, inner);
        continue;
      }
      case 34: {
        // "
        flushLit();
        const [part, v] = readDoubleQuoted(h);
        addPart(part, v);
        continue;
      }
      case 36: {
        // $
        const part = readDollar(h, false);
        if (part === null) break; // a lone `$` is literal
        flushLit();
        addPart(part[0], part[1]);
        continue;
      }
      case 96: {
        // `
        flushLit();
        const part = readBackquote(h, false);
        addPart(part, part.raw);
        continue;
      }
      case 42: // *
      case 63: // ?
        flushLit();
        addPart({ kind: 'glob', raw: src[s.pos], start: s.at(), end: s.at() + 1, quoted: false }, src[s.pos]);
        s.pos++;
        continue;
      case 91: {
        // [ opens a bracket glob only if a `]` closes it inside this word
        if (s.pos < noBracketBefore) break;
        const close = findBracketClose(s);
        if (close < 0) {
          noBracketBefore = wordEnd(s);
          break;
        }
        flushLit();
        const start = s.pos;
        s.pos = close + 1;
        addPart({ kind: 'glob', raw: src.slice(start, s.pos), start: s.offset + start, end: s.at(), quoted: false }, src.slice(start, s.pos));
        continue;
      }
      case 123: {
        // { opens a brace expansion only with a top-level `,` or `..` and a closing `}`
        if (s.pos < noBraceBefore) break;
        const close = findBraceClose(s);
        if (close < 0) {
          noBraceBefore = wordEnd(s);
          break;
        }
        flushLit();
        const start = s.pos;
        s.pos = close + 1;
        addPart({ kind: 'brace', raw: src.slice(start, s.pos), start: s.offset + start, end: s.at(), quoted: false }, src.slice(start, s.pos));
        continue;
      }
      case 126: {
        // ~ only expands at the start of a word
        if (!tildeOk || s.pos !== wordStart) break;
        flushLit();
        const start = s.pos;
        s.pos++;
        for (;;) {
          const d = s.peek();
          if (d === 47 || isMeta(d) || !(isNameChar(d) || d === 45 || d === 46 || d === 43)) break;
          s.pos++;
        }
        addPart({ kind: 'tilde', raw: src.slice(start, s.pos), start: s.offset + start, end: s.at(), quoted: false }, src.slice(start, s.pos));
        continue;
      }
    }
    // plain character(s): take the whole run of ordinary characters in one slice
    if (litStart < 0) litStart = s.pos;
    const runStart = s.pos;
    s.pos++;
    while (s.pos < s.len && isPlain(src.charCodeAt(s.pos))) s.pos++;
    litValue += src.slice(runStart, s.pos);
  }
  flushLit();
  if (s.pos === wordStart) return null;
  return { raw: src.slice(wordStart, s.pos), value, literal, quoted, parts, start: s.offset + wordStart, end: s.at() };
}

/** Characters with no special meaning inside an unquoted word. */
function isPlain(c: number): boolean {
  if (isMeta(c)) return false;
  switch (c) {
    case 92: case 39: case 34: case 36: case 96: case 42: case 63: case 91: case 123: case 126:
      return false;
    default:
      return true;
  }
}

function wordEnd(s: Scanner): number {
  let i = s.pos;
  while (i < s.len && !isMeta(s.src.charCodeAt(i))) i++;
  return i;
}

function findBracketClose(s: Scanner): number {
  const src = s.src;
  let i = s.pos + 1;
  // `[]...]` and `[!]...]`: a leading `]` is a member, not the end
  if (i < s.len && (src.charCodeAt(i) === 33 || src.charCodeAt(i) === 94)) i++;
  if (i < s.len && src.charCodeAt(i) === 93) i++;
  for (; i < s.len; i++) {
    const c = src.charCodeAt(i);
    if (c === 93) return i;
    if (isMeta(c) || c === 39 || c === 34 || c === 92 || c === 36 || c === 96) return -1;
  }
  return -1;
}

function findBraceClose(s: Scanner): number {
  const src = s.src;
  let depth = 0;
  let listy = false;
  for (let i = s.pos; i < s.len; i++) {
    const c = src.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) {
      depth--;
      if (depth === 0) return listy ? i : -1;
    } else if (depth === 1 && (c === 44 || (c === 46 && src.charCodeAt(i + 1) === 46))) listy = true;
    else if (isMeta(c) || c === 39 || c === 34 || c === 92 || c === 36 || c === 96) return -1;
  }
  return -1;
}

/** `"..."` at the cursor. Returns the part and its value (escapes removed, expansions as written). */
export function readDoubleQuoted(h: WordHost): [WordPart, string] {
  const s = h.s;
  const src = s.src;
  const start = s.pos;
  s.pos++;
  const parts: WordPart[] = [];
  let value = '';
  let litStart = -1;
  let litValue = '';
  const flushLit = (): void => {
    if (litStart < 0) return;
    parts.push({ kind: 'lit', raw: src.slice(litStart, s.pos), start: s.offset + litStart, end: s.at(), quoted: true });
    value += litValue;
    litStart = -1;
    litValue = '';
  };
  let closed = false;
  while (!h.aborted) {
    const c = s.peek();
    if (c === EOF) break;
    if (c === 34) {
      flushLit();
      s.pos++;
      closed = true;
      break;
    }
    if (c === 92) {
      if (litStart < 0) litStart = s.pos;
      const next = s.peek(1);
      if (next === NL) s.pos += 2;
      else if (next === 36 || next === 96 || next === 34 || next === 92) {
        litValue += src[s.pos + 1];
        s.pos += 2;
      } else {
        litValue += '\\';
        s.pos++;
      }
      continue;
    }
    if (c === 36) {
      const part = readDollar(h, true);
      if (part !== null) {
        flushLit();
        parts.push(part[0]);
        value += part[1];
        continue;
      }
    } else if (c === 96) {
      flushLit();
      const part = readBackquote(h, true);
      parts.push(part);
      value += part.raw;
      continue;
    }
    if (litStart < 0) litStart = s.pos;
    const runStart = s.pos;
    s.pos++;
    for (;;) {
      const d = s.peek();
      if (d === EOF || d === 34 || d === 92 || d === 36 || d === 96) break;
      s.pos++;
    }
    litValue += src.slice(runStart, s.pos);
  }
  flushLit();
  if (!closed && !h.aborted) s.error('unterminated double quote', start, s.pos);
  return [{ kind: 'dq', raw: src.slice(start, s.pos), start: s.offset + start, end: s.at(), quoted: true, parts }, value];
}

/**
 * `$...` at the cursor: parameter, substitution, arithmetic, `$'...'` or `$"..."`.
 * Returns null (consuming nothing) for a `$` that is just a character.
 */
function readDollar(h: WordHost, inDq: boolean): [WordPart, string] | null {
  const s = h.s;
  const src = s.src;
  const start = s.pos;
  const next = s.peek(1);
  const done = (kind: WordPart['kind']): [WordPart, string] => {
    const raw = src.slice(start, s.pos);
    return [{ kind, raw, start: s.offset + start, end: s.at(), quoted: inDq }, raw];
  };
  if (isNameStart(next)) {
    s.pos += 2;
    while (isNameChar(s.peek())) s.pos++;
    return done('param');
  }
  if (isDigit(next) || next === 64 || next === 42 || next === 35 || next === 63 || next === 36 || next === 33 || next === 45) {
    // $1 $@ $* $# $? $$ $! $-
    s.pos += 2;
    return done('param');
  }
  if (next === 123) {
    readBracedParam(h);
    return done('param');
  }
  if (next === 40) {
    if (s.peek(2) === 40) {
      const end = scanArithmetic(s, s.pos + 3);
      if (end >= 0) {
        s.pos = end;
        return done('arith');
      }
    }
    s.pos += 2;
    h.parseCommandSubstitution(false);
    return done('cmdsubst');
  }
  if (next === 91) {
    // legacy $[ expr ]
    const close = src.indexOf(']', s.pos + 2);
    if (close < 0) s.error('unterminated $[', start, s.len);
    s.pos = close < 0 ? s.len : close + 1;
    return done('arith');
  }
  if (!inDq && next === 39) {
    s.pos += 2;
    const decoded = readAnsiBody(s, start);
    const raw = src.slice(start, s.pos);
    return [{ kind: 'ansi', raw, start: s.offset + start, end: s.at(), quoted: true }, decoded];
  }
  if (!inDq && next === 34) {
    // $"..." is a translatable "..."
    s.pos++;
    const [part, value] = readDoubleQuoted(h);
    part.start--;
    part.raw = '$' + part.raw;
    return [part, value];
  }
  return null;
}

/** `${...}` with nested quotes and expansions; commands in nested substitutions are parsed. */
function readBracedParam(h: WordHost): void {
  const s = h.s;
  const start = s.pos;
  s.pos += 2;
  if (!h.enter()) return;
  let closed = false;
  while (!h.aborted) {
    const c = s.peek();
    if (c === EOF) break;
    if (c === 125) {
      s.pos++;
      closed = true;
      break;
    }
    if (c === 92) s.pos += 2;
    else if (c === 39) {
      const close = s.src.indexOf("'", s.pos + 1);
      s.pos = close < 0 ? s.len : close + 1;
    } else if (c === 34) readDoubleQuoted(h);
    else if (c === 96) readBackquote(h, false);
    else if (c === 36 && readDollar(h, false) !== null) continue;
    else s.pos++;
  }
  if (s.pos > s.len) s.pos = s.len;
  h.leave();
  if (!closed && !h.aborted) s.error('unterminated ${', start, s.pos);
}

/**
 * Finds the end (just past `))`) of an arithmetic expression whose text starts at `from`.
 * Returns -1 when a `)` closes the first paren alone: then `$((` / `((` were two nested
 * substitutions or subshells, not arithmetic. An unterminated expression runs to the end.
 */
export function scanArithmetic(s: Scanner, from: number): number {
  const src = s.src;
  let depth = 0;
  for (let i = from; i < s.len; i++) {
    const c = src.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth > 0) depth--;
      else return src.charCodeAt(i + 1) === 41 ? i + 2 : -1;
    } else if (c === 92) i++;
    else if (c === 39 || c === 34) {
      const close = src.indexOf(src[i], i + 1);
      if (close < 0) break;
      i = close;
    }
  }
  s.error('unterminated arithmetic expression', from - 2, s.len);
  return s.len;
}

/** Backquote substitution at the cursor; the body is unescaped and parsed as a script. */
function readBackquote(h: WordHost, inDq: boolean): WordPart {
  const s = h.s;
  const src = s.src;
  const start = s.pos;
  s.pos++;
  let text = '';
  let runStart = s.pos;
  let closed = false;
  while (s.pos < s.len) {
    const c = src.charCodeAt(s.pos);
    if (c === 96) {
      closed = true;
      break;
    }
    if (c === 92) {
      const next = s.peek(1);
      if (next === 96 || next === 92 || next === 36 || (inDq && next === 34)) {
        text += src.slice(runStart, s.pos);
        runStart = s.pos + 1;
      }
      s.pos += 2;
      continue;
    }
    s.pos++;
  }
  if (s.pos > s.len) s.pos = s.len;
  text += src.slice(runStart, s.pos);
  if (closed) s.pos++;
  else s.error('unterminated backquote', start, s.pos);
  h.parseBackquoted(text, s.offset + start + 1);
  return { kind: 'cmdsubst', raw: src.slice(start, s.pos), start: s.offset + start, end: s.at(), quoted: inDq };
}

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** Body of `$'...'` (cursor after the opening quote); returns the decoded text. */
function readAnsiBody(s: Scanner, start: number): string {
  const src = s.src;
  let out = '';
  while (s.pos < s.len) {
    const ch = src[s.pos];
    if (ch === "'") {
      s.pos++;
      return out;
    }
    if (ch !== '\\' || s.pos + 1 >= s.len) {
      out += ch;
      s.pos++;
      continue;
    }
    const e = src[s.pos + 1];
    s.pos += 2;
    const simple = ANSI_ESCAPES[e];
    if (simple !== undefined) out += simple;
    else if (e === 'x' || e === 'u' || e === 'U' || (e >= '0' && e <= '7')) {
      const octal = e >= '0' && e <= '7';
      const max = octal ? 2 : e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let digits = octal ? e : '';
      let n = 0;
      while (n < max && s.pos < s.len && isRadixDigit(src.charCodeAt(s.pos), octal)) {
        digits += src[s.pos++];
        n++;
      }
      const code = parseInt(digits, octal ? 8 : 16);
      out += digits === '' || code > 0x10ffff ? '\\' + e : String.fromCodePoint(code);
    } else out += '\\' + e;
  }
  s.error("unterminated $'", start, s.len);
  return out;
}

function isRadixDigit(c: number, octal: boolean): boolean {
  if (octal) return c >= 48 && c <= 55;
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
