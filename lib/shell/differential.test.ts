/**
 * Property tests: (1) on generated Dockerfile-style RUN scripts, the commands and literal
 * arguments we extract equal those of mvdan-sh (a mature parser, too slow and large to ship);
 * (2) on arbitrary text, parsing never throws and stays fast.
 */
import fc from 'fast-check';
import sh from 'mvdan-sh';
import { describe, expect, it } from 'vitest';
import { parseShell } from './parse';
import type { ShellWord, WordPart } from './types';

const { syntax } = sh;
const mvParser = syntax.NewParser();

/** Marker for words whose value depends on expansion; only their presence is compared. */
const DYNAMIC = '<dynamic>';

function unescapeUnquoted(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      i++;
      if (s[i] !== '\n') out += s[i];
    } else out += s[i];
  }
  return out;
}

function unescapeDouble(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const n = s[i + 1];
    if (s[i] === '\\' && (n === '$' || n === '`' || n === '"' || n === '\\' || n === '\n')) {
      i++;
      if (n !== '\n') out += n;
    } else out += s[i];
  }
  return out;
}

// mvdan-sh nodes are GopherJS objects without type declarations
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MvNode = any;

function mvWordValue(word: MvNode): string {
  let out = '';
  for (const part of word.Parts) {
    const t = syntax.NodeType(part);
    if (t === 'Lit') out += unescapeUnquoted(part.Value);
    else if (t === 'SglQuoted' && !part.Dollar) out += part.Value;
    else if (t === 'DblQuoted' && !part.Dollar) {
      for (const inner of part.Parts) {
        if (syntax.NodeType(inner) !== 'Lit') return DYNAMIC;
        out += unescapeDouble(inner.Value);
      }
    } else return DYNAMIC;
  }
  return out;
}

function mvAssignValue(assign: MvNode): string {
  if (assign.Naked) return assign.Name ? assign.Name.Value : mvWordValue(assign.Value);
  const value = assign.Value ? mvWordValue(assign.Value) : '';
  return value === DYNAMIC ? DYNAMIC : `${assign.Name.Value}=${value}`;
}

function mvCommands(src: string): string[][] {
  const file = mvParser.Parse(src, 'x');
  const out: string[][] = [];
  syntax.Walk(file, (node: MvNode) => {
    const type = node ? syntax.NodeType(node) : '';
    if (type === 'CallExpr') out.push(node.Args.map(mvWordValue));
    // mvdan-sh models `local`/`export`/`declare` as declarations; for us they are commands
    else if (type === 'DeclClause') out.push([node.Variant.Value, ...node.Args.map(mvAssignValue)]);
    return true;
  });
  return out;
}

function isDynamic(parts: WordPart[]): boolean {
  return parts.some((p) => p.kind === 'param' || p.kind === 'cmdsubst' || p.kind === 'arith' || p.kind === 'ansi' || (p.parts !== undefined && isDynamic(p.parts)));
}

function ourWordValue(w: ShellWord): string {
  return isDynamic(w.parts) ? DYNAMIC : w.value;
}

function ourCommands(src: string): string[][] {
  const script = parseShell(src);
  expect(script.errors).toEqual([]);
  return script.commands.map((c) => c.argv.map(ourWordValue));
}

// ---- a grammar of realistic RUN scripts ----------------------------------------------

const plainWord = fc.constantFrom(
  'build-essential', 'ca-certificates', 'curl', 'git', '/tmp/x', '/var/lib/apt/lists/*', 'requirements.txt',
  'https://example.com/install.sh', 'a=b', 'x.tar.gz', '~/bin', '{a,b}.txt', '*.deb', '0.1.2', '/etc/foo.conf', '.',
);
const quotedWord = fc.constantFrom(
  '"foo bar"', "'x y'", '"$HOME/x"', '"${VERSION:-1.0}"', "'it'\\''s'", 'a\\ b', '"say \\"hi\\""', '$HOME',
  '${PATH}', '"$(id -u)"', '$(uname -m)', '`date`', "$'tab\\there'", '"a"\'b\'c', 'x"y"z', '$((1 + 2))', '"#notcomment"',
);
const flag = fc.constantFrom('-y', '-qq', '-rf', '--no-install-recommends', '--no-cache-dir', '-sSL', '-o', '--output=/tmp/f', '-x', '-e', '-f', '-p', '--', '-');
const arg = fc.oneof({ weight: 3, arbitrary: plainWord }, { weight: 2, arbitrary: quotedWord }, { weight: 2, arbitrary: flag });
const name = fc.constantFrom('apt-get', 'pip', 'pip3', 'curl', 'wget', 'cd', 'rm', 'echo', 'mkdir', 'tar', '/usr/bin/env', 'sudo', 'chmod', 'ln', 'make', 'npm', 'true', ':', 'test', '[');
const redirect = fc.constantFrom('', '', '', ' > /dev/null', ' 2>&1', ' >> /tmp/log 2>&1', ' < input.txt', ' &> /dev/null', ' 2>/dev/null');
const prefix = fc.constantFrom('', '', '', 'DEBIAN_FRONTEND=noninteractive ', 'A=1 B="x y" ');

const simple = fc
  .tuple(prefix, name, fc.array(arg, { maxLength: 5 }), redirect)
  .map(([pre, n, args, redir]) => `${pre}${[n, ...args].join(' ')}${redir}`);

// `!` may only start a pipeline, so it travels with the operators that end one
const ops = fc.constantFrom(' && ', ' || ', '; ', ' | ', ' && \\\n  ', '\n', ' & ', ' |& ', ' && ! ', '; ! ');

const script: fc.Arbitrary<string> = fc.letrec<{ list: string; item: string }>((tie) => ({
  list: fc.tuple(tie('item'), fc.array(fc.tuple(ops, tie('item')), { maxLength: 2 })).map(([first, rest]) => first + rest.map(([o, i]) => o + i).join('')),
  item: fc.oneof(
    { maxDepth: 3, withCrossShrink: true },
    { weight: 6, arbitrary: simple },
    fc.tuple(tie('list')).map(([l]) => `( ${l} )`),
    fc.tuple(tie('list')).map(([l]) => `{ ${l}; }`),
    fc.tuple(simple, tie('list'), tie('list')).map(([c, a, b]) => `if ${c}; then ${a}; else ${b}; fi`),
    fc.tuple(fc.array(plainWord, { maxLength: 3 }), tie('list')).map(([ws, l]) => `for f in ${ws.join(' ')}; do ${l}; done`),
    fc.tuple(simple, tie('list')).map(([c, l]) => `while ${c}; do ${l}; done`),
    fc.tuple(tie('list')).map(([l]) => `echo "$( ${l} )"`),
    fc.tuple(tie('list')).map(([l]) => `case "$x" in a|b) ${l} ;; *) true ;; esac`),
  ),
}))
  .list;

describe('differential against mvdan-sh', () => {
  it('extracts the same commands and literal arguments from generated RUN scripts', () => {
    fc.assert(
      fc.property(script, (src) => {
        expect(ourCommands(src)).toEqual(mvCommands(src));
      }),
      { seed: 20240611, numRuns: 250 },
    );
  });

  it('agrees on a few hand-picked scripts', () => {
    for (const src of [
      'apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'set -eux; \\\n  curl -fsSL "https://x/y-${V}.tgz" | tar -xz -C /usr/local; for f in a b; do ln -s "$f" /x; done',
      'cat <<EOF > /etc/x.conf\nkey=$VALUE\nEOF\necho done',
      'f() { local a=1; echo "$a"; }; f || exit 1',
      'x=$(cat /etc/os-release | grep ID=) && echo ${x#*=}',
    ]) {
      expect(ourCommands(src), src).toEqual(mvCommands(src));
    }
  });
});

describe('robustness', () => {
  const nasty = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: fc.constantFrom('(', ')', '{', '}', '"', "'", '`', '$', '\\', '\n', ';', '&', '|', '<', '>', ' ', 'a', '#', '[', ']', '=', 'if ', 'fi', 'do', 'case', 'esac', '<<E\n', 'E\n'), maxLength: 200 }),
  );

  it('never throws on arbitrary input and returns consistent offsets', () => {
    fc.assert(
      fc.property(nasty, (src) => {
        const t0 = performance.now();
        const script = parseShell(src);
        expect(performance.now() - t0).toBeLessThan(50);
        for (const [i, c] of script.commands.entries()) {
          expect(c.index).toBe(i);
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(src.length);
        }
        for (const e of script.errors) expect(e.end).toBeLessThanOrEqual(src.length);
      }),
      { seed: 7, numRuns: 1500 },
    );
  });

  it('handles deep nesting and 1 MB inputs without overflowing the stack', () => {
    for (const src of [
      '('.repeat(100_000),
      '$('.repeat(100_000),
      '"$('.repeat(50_000),
      '{ '.repeat(50_000),
      'if '.repeat(50_000),
      '${'.repeat(100_000),
      '`'.repeat(10_000),
      '(('.repeat(50_000) + '))'.repeat(50_000),
      'echo a && '.repeat(50_000) + 'b',
      'a | '.repeat(50_000) + 'b',
      '['.repeat(200_000),
      '{'.repeat(200_000) + ',' ,
    ]) {
      const t0 = performance.now();
      const script = parseShell(src);
      expect(performance.now() - t0, src.slice(0, 10)).toBeLessThan(5000);
      expect(script).toBeTruthy();
    }
  });
});
