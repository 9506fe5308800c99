import { describe, expect, it } from 'vitest';
import { parseShell } from './parse';
import type { ShellWord } from './types';

/** The words of the only command of `src`. */
function words(src: string): ShellWord[] {
  const script = parseShell(src);
  expect(script.errors).toEqual([]);
  expect(script.commands).toHaveLength(1);
  return script.commands[0].argv;
}

function word(text: string): ShellWord {
  const script = parseShell(`echo ${text}`);
  expect(script.errors).toEqual([]);
  return script.commands[0].argv[1];
}

const kinds = (w: ShellWord) => w.parts.map((p) => p.kind);

describe('words', () => {
  it('removes quotes and keeps raw text and offsets', () => {
    const w = word(`"foo bar"'baz'`);
    expect(w).toMatchObject({ raw: `"foo bar"'baz'`, value: 'foo barbaz', literal: true, quoted: true, start: 5, end: 19 });
    expect(kinds(w)).toEqual(['dq', 'sq']);
    expect(w.parts[0].parts).toEqual([{ kind: 'lit', raw: 'foo bar', start: 6, end: 13, quoted: true }]);
  });

  it('handles backslash escapes outside and inside double quotes', () => {
    expect(word('a\\ b\\"c').value).toBe('a b"c');
    expect(word('"x\\"y\\$z\\\\ \\n"').value).toBe('x"y$z\\ \\n');
    expect(word('a\\ b').literal).toBe(true);
    expect(word('a\\ b').quoted).toBe(false);
  });

  it('drops line continuations inside words', () => {
    expect(word('ab\\\ncd').value).toBe('abcd');
  });

  it("decodes $'...' strings", () => {
    const w = word("$'a\\tb\\x41\\n\\''");
    expect(w.value).toBe("a\tbA\n'");
    expect(kinds(w)).toEqual(['ansi']);
    expect(w.literal).toBe(true);
  });

  it('keeps parameter expansions as written and marks the word non-literal', () => {
    const w = word('"$HOME"/x');
    expect(w.value).toBe('$HOME/x');
    expect(w.literal).toBe(false);
    expect(w.parts[0].parts![0]).toMatchObject({ kind: 'param', raw: '$HOME', quoted: true });
    expect(word('${x:-${y:-"z}"}}').value).toBe('${x:-${y:-"z}"}}');
    expect(kinds(word('$1$@$?$$x'))).toEqual(['param', 'param', 'param', 'param', 'lit']);
    expect(word('a$').value).toBe('a$');
  });

  it('reads command substitutions, backquotes and arithmetic', () => {
    expect(kinds(word('$(ls "a b")'))).toEqual(['cmdsubst']);
    expect(kinds(word('`ls`'))).toEqual(['cmdsubst']);
    expect(kinds(word('$((1 + (2 * 3)))'))).toEqual(['arith']);
    expect(word('x$((1+2))y').value).toBe('x$((1+2))y');
  });

  it('recognises globs, brace expansions and tildes when unquoted', () => {
    expect(kinds(word('*.txt'))).toEqual(['glob', 'lit']);
    expect(kinds(word('file[0-9]?'))).toEqual(['lit', 'glob', 'glob']);
    expect(kinds(word('a[b'))).toEqual(['lit']);
    expect(kinds(word('{a,b}.c'))).toEqual(['brace', 'lit']);
    expect(kinds(word('{1..3}'))).toEqual(['brace']);
    expect(kinds(word('{a}'))).toEqual(['lit']);
    expect(kinds(word('~/bin'))).toEqual(['tilde', 'lit']);
    expect(kinds(word('~user/x'))).toEqual(['tilde', 'lit']);
    expect(kinds(word('a~'))).toEqual(['lit']);
    expect(kinds(word('"*.txt"'))).toEqual(['dq']);
    expect(word('*.txt').literal).toBe(false);
    expect(word('*.txt').value).toBe('*.txt');
  });

  it('treats # as a comment only at the start of a word', () => {
    const script = parseShell('echo a#b #comment\necho c');
    expect(script.commands.map((c) => c.args)).toEqual([['a#b'], ['c']]);
  });

  it('keeps process substitutions as words', () => {
    const script = parseShell('diff <(ls a) >(cat)');
    expect(script.commands.map((c) => c.name)).toEqual(['diff', 'ls', 'cat']);
    expect(script.commands[1].context).toEqual(['procsubst']);
    expect(script.commands[0].redirects).toEqual([]);
  });
});
