import type { Rule } from '../types';
import type { DockerfileModel } from '../../model/types';
import type { ShellWord, WordPart } from '../../shell/types';
import { scriptSpan } from '../helpers';
import { isPosixSh, paramName, perScript, runScripts, walkTree, type RunScript } from './_shellcheck';

/** Variables bash sets that POSIX sh (dash) leaves empty. */
const BASH_VARS = new Set(['RANDOM', 'SRANDOM', 'BASHPID', 'BASH_SOURCE', 'PIPESTATUS', 'FUNCNAME', 'EPOCHSECONDS', 'EPOCHREALTIME']);
const BASH_BUILTINS: Record<string, string> = {
  source: 'SC3046',
  declare: 'SC3044',
  typeset: 'SC3044',
  shopt: 'SC3044',
  mapfile: 'SC3044',
  readarray: 'SC3044',
  pushd: 'SC3044',
  popd: 'SC3044',
  let: 'SC3039',
};

/** True when the stage (through FROM <stage> chains) starts from Alpine or BusyBox, whose ash accepts most bash syntax. */
function onAsh(model: DockerfileModel, stageIndex: number): boolean {
  let stage = model.stages[stageIndex];
  for (let guard = 0; stage && stage.baseStage !== null && guard < 50; guard++) stage = model.stages[stage.baseStage];
  if (!stage) return false;
  const repo = stage.image.repository.toLowerCase();
  const tag = (stage.image.tag ?? '').toLowerCase();
  return /(?:^|\/)(?:alpine|busybox)$/.test(repo) || tag.includes('alpine') || repo.includes('alpine');
}

interface Finding {
  start: number;
  end: number;
  code: string;
  what: string;
}

function* wordFindings(word: ShellWord): Generator<Finding> {
  const visit = function* (parts: WordPart[]): Generator<Finding> {
    for (const p of parts) {
      if (p.kind === 'ansi') yield { start: p.start, end: p.end, code: 'SC3003', what: "$'...' quoting" };
      else if (p.kind === 'brace' && !p.quoted) yield { start: p.start, end: p.end, code: 'SC3009', what: 'brace expansion {a,b}' };
      else if (p.kind === 'cmdsubst' && (p.raw.startsWith('<(') || p.raw.startsWith('>('))) yield { start: p.start, end: p.end, code: 'SC3001', what: 'process substitution' };
      else if (p.kind === 'param') {
        const name = paramName(p.raw);
        if (BASH_VARS.has(name)) yield { start: p.start, end: p.end, code: 'SC3028', what: `$${name}` };
        else if (/^\$\{[A-Za-z_][A-Za-z0-9_]*\[/.test(p.raw)) yield { start: p.start, end: p.end, code: 'SC3054', what: 'array references' };
        else if (/^\$\{[A-Za-z_][A-Za-z0-9_]*:-?[0-9]/.test(p.raw) || /^\$\{[A-Za-z_][A-Za-z0-9_]*: /.test(p.raw)) yield { start: p.start, end: p.end, code: 'SC3057', what: 'substrings ${var:offset:length}' };
        else if (/^\$\{[A-Za-z_][A-Za-z0-9_]*\/\/?/.test(p.raw)) yield { start: p.start, end: p.end, code: 'SC3060', what: 'replacements ${var/old/new}' };
        else if (/^\$\{[A-Za-z_][A-Za-z0-9_]*(?:\^|,)/.test(p.raw)) yield { start: p.start, end: p.end, code: 'SC3059', what: 'case changes ${var^^}' };
      }
      if (p.parts) yield* visit(p.parts);
    }
  };
  yield* visit(word.parts);
}

/** Depends on the script alone: kept per shell tree (see perScript). */
const findings = (run: RunScript): readonly Finding[] => findingsOf(run.embedded.script);
const findingsOf = perScript((script): Finding[] => {
  const out: Finding[] = [];
  const src = script.source;
  for (const { node } of walkTree(script.root)) {
    if (node.type === 'test' && node.raw.startsWith('[[')) out.push({ start: node.start, end: node.end, code: 'SC3010', what: '[[ ]]' });
    else if (node.type === 'arith') out.push({ start: node.start, end: node.end, code: 'SC3006', what: 'standalone (( ))' });
    else if (node.type === 'for' && node.variable === '') out.push({ start: node.start, end: node.end, code: 'SC3005', what: 'arithmetic for loops' });
    else if (node.type === 'function' && src.startsWith('function', node.start)) {
      out.push({ start: node.start, end: node.start + 8, code: /^function\s+[^\s(]+\s*\(/.test(src.slice(node.start, node.start + 200)) ? 'SC2112' : 'SC2113', what: "the 'function' keyword" });
    } else if (node.type === 'for') for (const w of node.words ?? []) out.push(...wordFindings(w));
  }
  for (const cmd of script.commands) {
    const code = BASH_BUILTINS[cmd.name];
    if (code) out.push({ start: cmd.argv[0].start, end: cmd.argv[0].end, code, what: `'${cmd.name}'` });
    if ((cmd.name === '[' || cmd.name === 'test') && cmd.argv.some((w, i) => i > 0 && w.raw === '==')) {
      const w = cmd.argv.find((x, i) => i > 0 && x.raw === '==')!;
      out.push({ start: w.start, end: w.end, code: 'SC3014', what: '== in [ ] (use =)' });
    }
    if (cmd.name === 'echo' && cmd.args[0] === '-e') out.push({ start: cmd.argv[1].start, end: cmd.argv[1].end, code: 'SC3037', what: 'echo -e (dash prints the -e)' });
    if (cmd.name === 'set') {
      cmd.args.forEach((a, i) => {
        if ((a === '-o' || a === '+o') && cmd.args[i + 1] === 'pipefail') {
          out.push({ start: cmd.argv[i + 2].start, end: cmd.argv[i + 2].end, code: 'SC3040', what: 'set -o pipefail' });
        }
      });
    }
    for (const a of cmd.assignments) {
      if (/^[A-Za-z_][A-Za-z0-9_]*\+?=\(/.test(src.slice(a.start, a.end))) out.push({ start: a.start, end: a.end, code: 'SC3030', what: 'arrays' });
    }
    for (const r of cmd.redirects) {
      if (r.op === '&>' || r.op === '&>>') out.push({ start: r.start, end: r.end, code: 'SC3020', what: '&> redirection' });
      else if (r.op === '<<<') out.push({ start: r.start, end: r.end, code: 'SC3011', what: 'here-strings <<<' });
    }
    for (const w of cmd.argv) out.push(...wordFindings(w));
    for (const a of cmd.assignments) if (a.word) out.push(...wordFindings(a.word));
  }
  const seen = new Set<string>();
  return out
    .filter((f) => {
      const key = `${f.start}:${f.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
});

/**
 * ShellCheck's SC3xxx (formerly SC2039) portability warnings for scripts run by /bin/sh. Not
 * reported on Alpine/BusyBox stages, whose ash implements these bash features.
 */
export const rule: Rule = {
  id: 'bashism-in-posix-sh',
  title: 'Bash-only syntax in a /bin/sh RUN',
  category: 'correctness',
  severity: 'warning',
  aliases: ['SC2039', 'SC3001', 'SC3003', 'SC3005', 'SC3006', 'SC3009', 'SC3010', 'SC3011', 'SC3014', 'SC3020', 'SC3028', 'SC3030', 'SC3037', 'SC3039', 'SC3040', 'SC3044', 'SC3046', 'SC3054', 'SC3057', 'SC3059', 'SC3060', 'SC2112', 'SC2113'],
  lesson: 'layers',
  explanation:
    "RUN runs its command with /bin/sh -c, and on Debian and Ubuntu images /bin/sh is dash, which has no [[ ]], source, arrays, brace expansion or set -o pipefail. The step fails, or worse, silently does something else. Either write POSIX sh, or switch the shell with SHELL [\"/bin/bash\", \"-c\"].",
  examples: {
    bad: 'FROM debian:12\nRUN [[ -d /opt/app ]] && source /opt/app/env.sh',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN [[ -d /opt/app ]] && source /opt/app/env.sh',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      if (!isPosixSh(run.shell) || onAsh(model, run.ins.stageIndex)) continue;
      for (const f of findings(run)) {
        ctx.report({
          span: scriptSpan(model, run.embedded, f.start, f.end),
          message: `/bin/sh (dash on Debian/Ubuntu) does not support ${f.what} (${f.code}): write POSIX sh or set SHELL ["/bin/bash", "-c"] before this RUN.`,
        });
      }
    }
  },
};
