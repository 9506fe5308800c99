/**
 * Shared logic of the ShellCheck-style rules (SC codes). hadolint runs ShellCheck on every RUN
 * with a `#!<shell>` line taken from the stage's SHELL (default /bin/sh) and with the stage's ARG
 * and ENV names exported as `NAME=1` (so ShellCheck treats them as set and free of spaces); the
 * state resets at each FROM. These helpers reproduce that setting for our parsed scripts.
 */
import type { DockerfileModel, EmbeddedScript, Instruction } from '../../model/types';
import type { ShellCommand, ShellNode, ShellScript, ShellWord, WordPart } from '../../shell/types';
import { runInstructions } from '../helpers';

/** Proxy variables Docker passes to every build; hadolint treats them as set. */
const DEFAULT_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'];

/** Variables ShellCheck knows can never contain spaces (numeric or flag strings). */
const SPACELESS_BUILTINS = new Set([
  '$', '-', '?', '!', '#',
  'BASHPID', 'BASH_ARGC', 'BASH_LINENO', 'BASH_SUBSHELL', 'EUID', 'LINENO', 'OPTIND', 'PPID', 'RANDOM',
  'SECONDS', 'SHELLOPTS', 'SHLVL', 'UID', 'COLUMNS', 'HISTFILESIZE', 'HISTSIZE', 'LINES', 'EPOCHREALTIME',
  'EPOCHSECONDS', 'SRANDOM',
]);

export interface RunScript {
  ins: Instruction;
  embedded: EmbeddedScript;
  /** shell that runs the RUN, as hadolint sees it: the stage's SHELL or /bin/sh */
  shell: string;
  /** ARG/ENV names declared earlier in the stage (plus the proxy variables) */
  known: Set<string>;
}

function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** Every RUN script (POSIX shells only) with the shell and known variables in effect. */
export function runScripts(model: DockerfileModel): readonly RunScript[] {
  let list = runScriptCache.get(model);
  if (!list) runScriptCache.set(model, (list = collectRunScripts(model)));
  return list;
}

const runScriptCache = new WeakMap<DockerfileModel, RunScript[]>();

/**
 * What a rule derives from a script's text alone, kept per shell tree: trees are shared by every
 * model whose RUN has the same text, so after an edit only the changed RUNs are walked again.
 */
export function perScript<T>(compute: (script: ShellScript) => T): (script: ShellScript) => T {
  const memo = new WeakMap<ShellScript, T>();
  return (script) => {
    let value = memo.get(script);
    if (value === undefined) memo.set(script, (value = compute(script)));
    return value;
  };
}

/** One walk per stage keeps the known names and the shell up to date (a scan per RUN would be quadratic). */
function collectRunScripts(model: DockerfileModel): RunScript[] {
  const pragmaShell = model.pragmas.find((p) => p.kind === 'shell' && p.values.length)?.values[0] ?? null;
  const wanted = new Map(runInstructions(model).map((r) => [r.ins.index, r.scripts]));
  const out: RunScript[] = [];
  for (const stage of model.stages) {
    const known = new Set(DEFAULT_VARS);
    let shell = '/bin/sh';
    let snapshot: Set<string> | null = null;
    for (const ins of stage.instructions) {
      const scripts = wanted.get(ins.index);
      if (scripts) {
        snapshot ??= new Set(known);
        const effective = pragmaShell ?? shell;
        for (const embedded of scripts) out.push({ ins, embedded, shell: effective, known: snapshot });
      }
      if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
        for (const p of ins.pairs) known.add(p.key);
        snapshot = null;
      }
      if (ins.keyword === 'SHELL' && ins.json?.length) shell = ins.json[0];
    }
  }
  return out;
}

/** True when the shell is a plain POSIX sh (sh or dash), where bash features are not available. */
export function isPosixSh(shell: string): boolean {
  const b = basename(shell.trim().split(/\s+/)[0] ?? '');
  return b === 'sh' || b === 'dash';
}

/** Parameter name of a `param` part: `$x`, `${x:-y}` -> x; `${#x}` -> '#len'; `${!x}` -> '!ind'. */
export function paramName(raw: string): string {
  if (!raw.startsWith('$')) return '';
  if (raw[1] !== '{') {
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])/.exec(raw);
    return m ? m[1] : '';
  }
  const inner = raw.slice(2);
  if (inner.startsWith('#') && inner.length > 2 && inner !== '#}') return '#len';
  if (inner.startsWith('!')) return '!ind';
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(inner);
  return m ? m[1] : '';
}

/** Declaration utilities whose `NAME=value` arguments are assignments, not split words. */
export const DECLARATIONS = new Set(['export', 'local', 'readonly', 'declare', 'typeset']);

export function isDeclarationAssignment(cmd: ShellCommand, word: ShellWord): boolean {
  return DECLARATIONS.has(cmd.base) && /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/.test(word.raw);
}

/** Unquoted parts of a word (top level only: parts inside "..." are quoted). */
export function unquotedParts(word: ShellWord): WordPart[] {
  return word.parts.filter((p) => !p.quoted && p.kind !== 'dq' && p.kind !== 'sq' && p.kind !== 'ansi');
}

/** Assigned values per variable name in the script: plain assignments, declarations, read, for. */
function assignmentsOf(embedded: EmbeddedScript): Map<string, (ShellWord | null | 'spaceful')[]> {
  const map = new Map<string, (ShellWord | null | 'spaceful')[]>();
  const add = (name: string, v: ShellWord | null | 'spaceful') => {
    const list = map.get(name) ?? [];
    list.push(v);
    map.set(name, list);
  };
  for (const cmd of embedded.script.commands) {
    for (const a of cmd.assignments) add(a.name, a.word);
    if (DECLARATIONS.has(cmd.base)) {
      for (const w of cmd.argv.slice(1)) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(w.raw);
        if (m) add(m[1], w.literal && !/\s/.test(w.value) ? null : 'spaceful');
      }
    }
    if (cmd.base === 'read' || cmd.base === 'getopts' || cmd.base === 'mapfile' || cmd.base === 'readarray') {
      for (const a of cmd.args) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) add(a, 'spaceful');
    }
  }
  const walk = (node: ShellNode | null, depth: number): void => {
    if (!node || depth > 200) return;
    switch (node.type) {
      case 'list':
        for (const it of node.items) walk(it.node, depth + 1);
        break;
      case 'pipeline':
        for (const c of node.commands) walk(c, depth + 1);
        break;
      case 'subshell':
      case 'group':
      case 'function':
        walk(node.body, depth + 1);
        break;
      case 'if':
        for (const c of node.clauses) {
          walk(c.condition, depth + 1);
          walk(c.body, depth + 1);
        }
        break;
      case 'for': {
        const literal = node.words !== null && node.words.every((w) => w.literal && !/[\s*?[]/.test(w.value));
        if (node.variable) add(node.variable, literal ? null : 'spaceful');
        walk(node.body, depth + 1);
        break;
      }
      case 'while':
      case 'until':
        walk(node.condition, depth + 1);
        walk(node.body, depth + 1);
        break;
      case 'case':
        for (const it of node.items) walk(it.body, depth + 1);
        break;
      default:
        break;
    }
  };
  walk(embedded.script.root, 0);
  return map;
}

/**
 * Decides, as ShellCheck's spacefulness analysis does, whether a variable may hold spaces:
 * variables never assigned in the script are spaceless only when the Dockerfile declares them
 * (ARG/ENV); assigned ones are spaceless when every value is a space-free literal or built only
 * from spaceless variables and arithmetic.
 */
export function spacefulness(run: RunScript): (name: string) => boolean {
  const assigned = assignmentsOf(run.embedded);
  const memo = new Map<string, boolean>();
  const isSpaceful = (name: string, depth: number): boolean => {
    if (SPACELESS_BUILTINS.has(name)) return false;
    const cached = memo.get(name);
    if (cached !== undefined) return cached;
    if (depth > 20) return true;
    memo.set(name, false); // cycles (x=$x) do not add spaces by themselves
    const values = assigned.get(name);
    let result: boolean;
    if (!values) result = !run.known.has(name);
    else {
      result = values.some((v) => {
        if (v === 'spaceful') return true;
        if (v === null) return false;
        return wordSpaceful(v, (n) => isSpaceful(n, depth + 1));
      });
      // a declared ARG/ENV stays a candidate for spaces only through its script assignments
    }
    memo.set(name, result);
    return result;
  };
  return (name) => isSpaceful(name, 0);
}

function wordSpaceful(word: ShellWord, isSpaceful: (n: string) => boolean): boolean {
  const check = (parts: WordPart[]): boolean =>
    parts.some((p) => {
      switch (p.kind) {
        case 'lit':
        case 'sq':
        case 'ansi':
          return /\s/.test(p.raw);
        case 'dq':
          return check(p.parts ?? []) || /\s/.test(p.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_0-9]+/g, ''));
        case 'param': {
          const n = paramName(p.raw);
          if (n === '#len') return false;
          if (!n || n === '!ind' || n === '@' || n === '*') return true;
          if (/^\$\{[^}]*[:]?[-=+?]/.test(p.raw) && /\s/.test(p.raw)) return true;
          return isSpaceful(n);
        }
        case 'arith':
          return false;
        default:
          return true;
      }
    });
  return check(word.parts);
}

/** Commands inside the text range [start, end) (e.g. the commands of a `$(...)` part). */
export function commandsWithin(embedded: EmbeddedScript, start: number, end: number): ShellCommand[] {
  return embedded.script.commands.filter((c) => c.start >= start && c.end <= end);
}

/** The `for` nodes of a script, with their words. */
export function forLoops(root: ShellNode | null): Extract<ShellNode, { type: 'for' }>[] {
  const out: Extract<ShellNode, { type: 'for' }>[] = [];
  const walk = (node: ShellNode | null, depth: number): void => {
    if (!node || depth > 200) return;
    for (const child of childNodes(node)) walk(child, depth + 1);
    if (node.type === 'for') out.push(node);
  };
  walk(root, 0);
  return out.sort((a, b) => a.start - b.start);
}

export function childNodes(node: ShellNode): ShellNode[] {
  switch (node.type) {
    case 'list':
      return node.items.map((i) => i.node);
    case 'pipeline':
      return node.commands;
    case 'subshell':
    case 'group':
    case 'function':
      return [node.body];
    case 'if':
      return node.clauses.flatMap((c) => (c.condition ? [c.condition, c.body] : [c.body]));
    case 'for':
      return [node.body];
    case 'while':
    case 'until':
      return [node.condition, node.body];
    case 'case':
      return node.items.flatMap((i) => (i.body ? [i.body] : []));
    default:
      return [];
  }
}

/** Every node of the tree with its parent chain (innermost parent first). */
export function* walkTree(root: ShellNode | null): Generator<{ node: ShellNode; parents: ShellNode[] }> {
  if (!root) return;
  const stack: { node: ShellNode; parents: ShellNode[] }[] = [{ node: root, parents: [] }];
  while (stack.length) {
    const item = stack.pop()!;
    yield item;
    if (item.parents.length > 200) continue;
    const kids = childNodes(item.node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], parents: [item.node, ...item.parents] });
  }
}

/** True when the script turns on errexit (`set -e`, `set -eux`, `set -o errexit`). */
export function hasSetE(embedded: EmbeddedScript): boolean {
  return embedded.script.commands.some(
    (c) =>
      c.base === 'set' &&
      c.args.some((a, i) => /^-[a-zA-Z]*e[a-zA-Z]*$/.test(a) || (a === '-o' && c.args[i + 1] === 'errexit')),
  );
}

/** Every `param` part in the script's words (arguments, assignment values, redirect targets, for words). */
function* collectParamParts(script: ShellScript): Generator<WordPart> {
  const words: ShellWord[] = [];
  for (const cmd of script.commands) {
    words.push(...cmd.argv);
    for (const a of cmd.assignments) if (a.word) words.push(a.word);
    for (const r of cmd.redirects) if (r.target && !r.op.startsWith('<<')) words.push(r.target);
  }
  for (const loop of forLoops(script.root)) words.push(...(loop.words ?? []));
  const seen = new Set<number>();
  const visit = function* (parts: WordPart[]): Generator<WordPart> {
    for (const p of parts) {
      if (p.kind === 'param' && !seen.has(p.start)) {
        seen.add(p.start);
        yield p;
      }
      if (p.parts) yield* visit(p.parts);
    }
  };
  for (const w of words) yield* visit(w.parts);
}

/** Every `param` part of a script, in order (kept per script: an unchanged RUN is not walked again). */
export const paramParts = (run: RunScript): readonly WordPart[] => paramPartsOf(run.embedded.script);
const paramPartsOf = perScript((script) => [...collectParamParts(script)]);

/** Names the script itself defines: assignments, declarations (with or without value), read, for, getopts, printf -v. */
export const definedNames = (run: RunScript): ReadonlySet<string> => definedNamesOf(run.embedded.script);
const definedNamesOf = perScript((script): ReadonlySet<string> => {
  const names = new Set<string>();
  const isName = (s: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
  for (const cmd of script.commands) {
    for (const a of cmd.assignments) names.add(a.name);
    if (DECLARATIONS.has(cmd.base) || cmd.base === 'read' || cmd.base === 'mapfile' || cmd.base === 'readarray' || cmd.base === 'getopts' || cmd.base === 'unset') {
      for (const a of cmd.args) {
        const n = a.split('=')[0];
        if (isName(n)) names.add(n);
      }
    }
    if (cmd.base === 'printf') {
      const i = cmd.args.indexOf('-v');
      if (i >= 0 && cmd.args[i + 1]) names.add(cmd.args[i + 1]);
    }
  }
  for (const loop of forLoops(script.root)) if (loop.variable) names.add(loop.variable);
  return names;
});

/** `${x:-...}`, `${x-...}`, `${x:=...}`, `${x?...}`, `${x:+...}`: the reference is guarded against being unset. */
export function isGuarded(raw: string): boolean {
  return /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=?+]/.test(raw);
}
