import { describe, expect, it } from 'vitest';
import { parseShell } from './parse';
import type { ShellCommand } from './types';

function parse(src: string) {
  const script = parseShell(src);
  expect(script.errors).toEqual([]);
  return script;
}

const summary = (c: ShellCommand) => [c.name, ...c.args].join(' ');
const names = (src: string) => parse(src).commands.map(summary);

describe('simple commands', () => {
  it('separates assignments, argv and redirects', () => {
    const src = 'A=1 B="x y" /usr/bin/apt-get -y install curl >/dev/null 2>&1';
    const [c] = parse(src).commands;
    expect(c.name).toBe('/usr/bin/apt-get');
    expect(c.base).toBe('apt-get');
    expect(c.args).toEqual(['-y', 'install', 'curl']);
    expect(c.assignments.map((a) => [a.name, a.value])).toEqual([['A', '1'], ['B', 'x y']]);
    expect(c.redirects.map((r) => [r.fd, r.op, r.target?.value])).toEqual([[null, '>', '/dev/null'], ['2', '>&', '1']]);
    expect(c.start).toBe(0);
    expect(c.end).toBe(src.length);
    expect(c.index).toBe(0);
  });

  it('models assignment-only commands and special assignments', () => {
    const [c] = parse('A= B+=x C[1]=y D=(a "b c")').commands;
    expect(c.name).toBe('');
    expect(c.argv).toEqual([]);
    expect(c.assignments.map((a) => [a.name, a.value, a.word === null])).toEqual([
      ['A', '', true],
      ['B', 'x', false],
      ['C', 'y', false],
      ['D', '(a "b c")', true],
    ]);
  });

  it('only treats NAME= as an assignment before the command name', () => {
    const [c] = parse('env A=1 cmd').commands;
    expect(c.assignments).toEqual([]);
    expect(c.args).toEqual(['A=1', 'cmd']);
  });

  it('reads all redirect operators', () => {
    const [c] = parse('cmd <in >>out 2>err &>all &>>all2 <>rw >|clob <<<"here" 3<&0').commands;
    expect(c.redirects.map((r) => (r.fd ?? '') + r.op + r.target?.value)).toEqual([
      '<in', '>>out', '2>err', '&>all', '&>>all2', '<>rw', '>|clob', '<<<here', '3<&0',
    ]);
    expect(c.args).toEqual([]);
  });
});

describe('lists and pipelines', () => {
  it('links pipelines with operators', () => {
    const cmds = parse('a && b | c || d; e & f\ng').commands;
    expect(cmds.map((c) => [c.name, c.prevOperator, c.nextOperator])).toEqual([
      ['a', null, '&&'],
      ['b', '&&', '||'],
      ['c', '&&', '||'],
      ['d', '||', ';'],
      ['e', ';', '&'],
      ['f', '&', '\n'],
      ['g', '\n', null],
    ]);
    expect(cmds[1].pipeline).toEqual({ index: 0, length: 2, id: cmds[2].pipeline.id });
    expect(cmds[2].pipeline.index).toBe(1);
    const ids = new Set(cmds.map((c) => c.pipeline.id));
    expect(ids.size).toBe(6);
    expect(cmds[4].context).toEqual(['background']);
    expect(cmds[3].context).toEqual([]);
  });

  it('marks a whole and-or list as background', () => {
    const cmds = parse('a && (b; c) &\nd').commands;
    expect(cmds.map((c) => c.context)).toEqual([['background'], ['background', 'subshell'], ['background', 'subshell'], []]);
  });

  it('handles |& , ! and newlines after operators', () => {
    const cmds = parse('! a |& b &&\n  c').commands;
    expect(cmds.map((c) => [c.name, c.negated, c.pipeline.length])).toEqual([
      ['a', true, 2],
      ['b', true, 2],
      ['c', false, 1],
    ]);
    expect(cmds[2].prevOperator).toBe('&&');
  });

  it('trailing separators do not count as a next operator', () => {
    const cmds = parse('a; b;').commands;
    expect(cmds.map((c) => c.nextOperator)).toEqual([';', null]);
  });

  it('builds a tree of lists and pipelines', () => {
    const { root } = parse('a | b && c');
    expect(root?.type).toBe('list');
    if (root?.type !== 'list') return;
    expect(root.items.map((i) => [i.node.type, i.op])).toEqual([
      ['pipeline', '&&'],
      ['pipeline', null],
    ]);
  });
});

describe('compound commands', () => {
  it('subshells and groups', () => {
    const s = parse('(cd /x && make) >log; { a; b; } 2>&1');
    expect(s.commands.map((c) => [c.name, c.context])).toEqual([
      ['cd', ['subshell']],
      ['make', ['subshell']],
      ['a', ['group']],
      ['b', ['group']],
    ]);
    const root = s.root;
    if (root?.type !== 'list') throw new Error('list expected');
    const first = root.items[0].node;
    if (first.type !== 'pipeline') throw new Error('pipeline expected');
    expect(first.commands[0]).toMatchObject({ type: 'subshell', redirects: [{ op: '>', target: { value: 'log' } }] });
  });

  it('if / elif / else', () => {
    const s = parse('if [ -f a ]; then b; elif c; then d; else e; fi');
    expect(s.commands.map((c) => [c.name, c.context.join('/')])).toEqual([
      ['[', 'if-condition'],
      ['b', 'if-body'],
      ['c', 'if-condition'],
      ['d', 'if-body'],
      ['e', 'if-body'],
    ]);
    const node = (s.root as { items: { node: { commands: unknown[] } }[] }).items[0].node.commands[0];
    expect(node).toMatchObject({ type: 'if' });
    expect((node as { clauses: unknown[] }).clauses).toHaveLength(3);
  });

  it('for loops in all three forms', () => {
    const s = parse('for x in a "b c"; do echo $x; done\nfor y; do :; done\nfor ((i=0; i<3; i++)); do f; done');
    expect(s.commands.map((c) => [c.name, c.context])).toEqual([
      ['echo', ['loop-body']],
      [':', ['loop-body']],
      ['f', ['loop-body']],
    ]);
    const items = (s.root as { items: { node: { commands: unknown[] } }[] }).items.map((i) => i.node.commands[0]);
    expect(items[0]).toMatchObject({ type: 'for', variable: 'x', words: [{ value: 'a' }, { value: 'b c' }] });
    expect(items[1]).toMatchObject({ type: 'for', variable: 'y', words: null });
    expect(items[2]).toMatchObject({ type: 'for', variable: '', words: null, arith: '((i=0; i<3; i++))' });
  });

  it('while and until', () => {
    expect(parse('while read l; do echo "$l"; done < f; until a; do b; done').commands.map((c) => c.context.join('/'))).toEqual([
      'loop-condition',
      'loop-body',
      'loop-condition',
      'loop-body',
    ]);
  });

  it('case', () => {
    const s = parse('case "$1" in\n  a|b) echo ab ;;\n  (c) echo c ;&\n  *) ;;\nesac');
    expect(s.commands.map((c) => [summary(c), c.context])).toEqual([
      ['echo ab', ['case-body']],
      ['echo c', ['case-body']],
    ]);
    const node = (s.root as { items: { node: { commands: unknown[] } }[] }).items[0].node.commands[0] as {
      items: { patterns: { value: string }[]; body: unknown }[];
    };
    expect(node.items.map((i) => i.patterns.map((p) => p.value))).toEqual([['a', 'b'], ['c'], ['*']]);
    expect(node.items[2].body).toBeNull();
  });

  it('functions in both syntaxes', () => {
    const s = parse('f() { echo f; }\nfunction g { echo g; }\nfunction h() ( echo h )\nf');
    expect(s.commands.map((c) => [summary(c), c.context])).toEqual([
      ['echo f', ['function-body', 'group']],
      ['echo g', ['function-body', 'group']],
      ['echo h', ['function-body', 'subshell']],
      ['f', []],
    ]);
    const fns = (s.root as { items: { node: { commands: { type: string; name?: string }[] } }[] }).items.map((i) => i.node.commands[0]);
    expect(fns.slice(0, 3).map((f) => [f.type, f.name])).toEqual([
      ['function', 'f'],
      ['function', 'g'],
      ['function', 'h'],
    ]);
  });

  it('[[ ]] and (( )) are test and arith nodes; substitutions inside are parsed', () => {
    const s = parse('[[ -f $(which x) && $a =~ ^(b|c)$ ]] && (( i += 1 )) && echo ok');
    expect(s.commands.map(summary)).toEqual(['which x', 'echo ok']);
    expect(s.commands[0].context).toEqual(['cmdsubst']);
    const items = (s.root as { items: { node: { commands: { type: string; raw?: string }[] } }[] }).items.map((i) => i.node.commands[0]);
    expect(items.map((n) => [n.type, n.raw])).toEqual([
      ['test', '[[ -f $(which x) && $a =~ ^(b|c)$ ]]'],
      ['arith', '(( i += 1 ))'],
      ['command', undefined],
    ]);
  });

  it('keywords are only special in command position', () => {
    expect(names('echo if then fi do done { } !')).toEqual(['echo if then fi do done { } !']);
    expect(names('if=1 fi=2 env')).toEqual(['env']);
  });
});

describe('substitutions', () => {
  it('includes nested command substitutions in source order', () => {
    const s = parse('A=$(id -u) echo "$(a "$(b)")" `c \\`d\\``');
    expect(s.commands.map((c) => [c.name, c.context])).toEqual([
      ['echo', []],
      ['id', ['cmdsubst']],
      ['a', ['cmdsubst']],
      ['b', ['cmdsubst', 'cmdsubst']],
      ['c', ['cmdsubst']],
      ['d', ['cmdsubst', 'cmdsubst']],
    ]);
    expect(s.commands.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // offsets of backquoted commands map back to the source
    expect(s.source.slice(s.commands[4].start, s.commands[4].start + 1)).toBe('c');
  });

  it('parses commands in ${...} defaults and distinguishes $(( from $( (', () => {
    expect(names('echo ${X:-$(date)} $(( 1 + 2 )) $( (sub) )')).toEqual(['echo ${X:-$(date)} $(( 1 + 2 )) $( (sub) )', 'date', 'sub']);
  });

  it('handles case inside $(...)', () => {
    expect(names('x=$(case a in a) echo y;; esac) z')).toEqual(['z', 'echo y']);
  });
});

describe('here-documents, comments and continuations', () => {
  it('consumes here-document bodies without parsing them', () => {
    const s = parse("cat <<EOF >/etc/x && echo after\nrm -rf /\n$(boom)\nEOF\ncat <<-'END'\n\tliteral\n\tEND\ntail");
    expect(s.commands.map(summary)).toEqual(['cat', 'echo after', 'cat', 'tail']);
    expect(s.commands[0].redirects.map((r) => [r.op, r.target?.value, r.heredocBody])).toEqual([
      ['<<', 'EOF', 'rm -rf /\n$(boom)\n'],
      ['>', '/etc/x', undefined],
    ]);
    expect(s.commands[2].redirects[0]).toMatchObject({ op: '<<-', heredocBody: '\tliteral\n' });
    expect(s.commands[2].redirects[0].target?.quoted).toBe(true);
  });

  it('reads several here-documents on one line in order', () => {
    const s = parse('paste <<A <<B\n1\nA\n2\nB\necho');
    expect(s.commands[0].redirects.map((r) => r.heredocBody)).toEqual(['1\n', '2\n']);
    expect(s.commands.map((c) => c.name)).toEqual(['paste', 'echo']);
  });

  it('skips comments and joins line continuations', () => {
    expect(names('# leading\napt-get install \\\n  -y curl # trailing\n\n  # indented\necho done')).toEqual([
      'apt-get install -y curl',
      'echo done',
    ]);
  });

  it('parses a heredoc-style multi-line script', () => {
    const s = parse('set -eux\n\nsetup() {\n  apt-get update\n}\nsetup\nif true\nthen\n  echo yes\nfi\n');
    expect(s.commands.map(summary)).toEqual(['set -eux', 'apt-get update', 'setup', 'true', 'echo yes']);
  });
});

describe('errors', () => {
  it('collects errors and recovers', () => {
    const s = parseShell('echo "unterminated && b');
    expect(s.errors.map((e) => e.message)).toEqual(['unterminated double quote']);
    expect(s.commands.map(summary)).toEqual(['echo unterminated && b']);
  });

  it('reports stray tokens and keeps parsing', () => {
    const s = parseShell('a ) ; b && fi; c');
    expect(s.errors.length).toBeGreaterThan(0);
    expect(s.commands.map((c) => c.name)).toEqual(['a', 'b', 'c']);
  });

  it('reports unclosed constructs', () => {
    for (const src of ['if a; then b', '(a', '{ a;', 'for x in a; do b', 'case x in a) b', 'echo $(a', "echo 'x", 'echo ${x', 'cat <<EOF\nno end']) {
      const s = parseShell(src);
      expect(s.errors.length, src).toBeGreaterThan(0);
      expect(s.commands.length, src).toBeGreaterThan(0);
    }
  });

  it('stops descending past 200 levels of nesting', () => {
    const s = parseShell('( '.repeat(300) + 'a' + ' )'.repeat(300));
    expect(s.errors.some((e) => e.message.includes('nesting'))).toBe(true);
  });

  it('returns a null root for empty input', () => {
    expect(parseShell('')).toEqual({ source: '', commands: [], root: null, errors: [] });
    expect(parseShell('  # only a comment\n').root).toBeNull();
  });
});
