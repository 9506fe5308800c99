/**
 * Shared logic of the hadolint-parity rules that look at commands inside RUN (DL3001-DL3030):
 * which commands run (through sudo/env/sh -c wrappers), where to report (hadolint reports the
 * instruction's first line), package-manager argument handling and insertion fixes.
 */
import type { DockerfileModel, EmbeddedScript, Instruction, Span } from '../../model/types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import type { Fix, TextEdit } from '../../types';
import { positionMap, runInstructions } from '../helpers';
import { unwrapCommand } from '../../shell/query';

export interface RunCommand {
  ins: Instruction;
  embedded: EmbeddedScript;
  cmd: ShellCommand;
}

const byModel = new WeakMap<DockerfileModel, readonly RunCommand[]>();
const byInstruction = new WeakMap<DockerfileModel, readonly { ins: Instruction; commands: RunCommand[] }[]>();

/** Every command a RUN (or ONBUILD RUN) executes, wrappers (sudo, env, sh -c) stepped through; computed once per model. */
export function runCommands(model: DockerfileModel): readonly RunCommand[] {
  let list = byModel.get(model);
  if (!list) byModel.set(model, (list = runCommandsByInstruction(model).flatMap((g) => g.commands)));
  return list;
}

/** Commands of every RUN grouped by instruction, so a rule can report once per instruction. */
export function runCommandsByInstruction(model: DockerfileModel): readonly { ins: Instruction; commands: RunCommand[] }[] {
  let groups = byInstruction.get(model);
  if (groups) return groups;
  const list: { ins: Instruction; commands: RunCommand[] }[] = [];
  for (const { ins, scripts } of runInstructions(model)) {
    const commands: RunCommand[] = [];
    for (const embedded of scripts) {
      for (const cmd of embedded.script.commands) for (const inner of unwrapCommand(cmd)) commands.push({ ins, embedded, cmd: inner });
    }
    list.push({ ins, commands });
  }
  byInstruction.set(model, (groups = list));
  return groups;
}

/** The instruction's first line up to the end of the offending command (hadolint reports the instruction line). */
export function reportSpan(model: DockerfileModel, found: RunCommand): Span {
  const { ins, embedded, cmd } = found;
  const offs = embedded.offsets;
  const end = cmd.end > 0 ? offs[Math.min(cmd.end - 1, offs.length - 1)] + 1 : ins.span.endOffset;
  return positionMap(model).span(ins.span.startOffset, Math.max(end, ins.span.startOffset + 1));
}

/** Dockerfile offset just after a word, or null when the word is not where its script says (parsed from `sh -c`). */
export function offsetAfterWord(embedded: EmbeddedScript, word: ShellWord): number | null {
  const src = embedded.script.source;
  if (src.slice(word.start, word.end) !== word.raw || word.end <= 0) return null;
  return embedded.offsets[word.end - 1] + 1;
}

/** An edit inserting ` text` after a word of the script, or null when the word cannot be located. */
export function insertAfterWord(embedded: EmbeddedScript, word: ShellWord, text: string): TextEdit | null {
  const at = offsetAfterWord(embedded, word);
  return at === null ? null : { start: at, end: at, text: ' ' + text };
}

/** A fix from edits, or undefined when any edit could not be built. */
export function fixFrom(title: string, edits: (TextEdit | null)[]): Fix | undefined {
  if (!edits.length || edits.some((e) => e === null)) return undefined;
  return { title, edits: edits as TextEdit[] };
}

/** True when a word is (or starts with) an unquoted expansion that may hide options (`$APT_OPTS`). */
export function mayHideOptions(cmd: ShellCommand): boolean {
  return cmd.argv.slice(1).some((w) => !w.literal && w.parts.length > 0 && (w.parts[0].kind === 'param' || w.parts[0].kind === 'cmdsubst') && !w.parts[0].quoted);
}

/**
 * Positional words (not options), skipping the values of `withValue` options. Unlike hadolint,
 * `--opt=value` does not swallow the next word. Everything after `--` is positional.
 */
export function positionals(cmd: ShellCommand, withValue: readonly string[]): ShellWord[] {
  const out: ShellWord[] = [];
  const words = cmd.argv;
  let done = false;
  for (let i = 1; i < words.length; i++) {
    const v = words[i].value;
    if (done || v === '-' || !v.startsWith('-')) {
      out.push(words[i]);
      continue;
    }
    if (v === '--') {
      done = true;
      continue;
    }
    if (v.startsWith('--')) {
      if (!v.includes('=') && withValue.includes(v)) i++;
      continue;
    }
    // short cluster: a value option takes the rest of the cluster or the next word
    for (let j = 1; j < v.length; j++) {
      if (!withValue.includes('-' + v[j])) continue;
      if (j === v.length - 1) i++;
      break;
    }
  }
  return out;
}

/** The word of the first positional argument equal to one of `names` (the subcommand), or null. */
export function subcommandWord(cmd: ShellCommand, withValue: readonly string[], names: readonly string[]): ShellWord | null {
  const first = positionals(cmd, withValue)[0];
  return first && names.includes(first.value) ? first : null;
}

export interface Mount {
  type: string;
  target: string;
  from: string | null;
}

/** The `--mount` flags of a RUN (type defaults to bind, as in BuildKit). */
export function mountsOf(ins: Instruction): Mount[] {
  const run = ins.keyword === 'ONBUILD' && ins.trigger ? ins.trigger : ins;
  const out: Mount[] = [];
  for (const f of run.flags) {
    if (f.name !== 'mount' || !f.value) continue;
    const m: Mount = { type: 'bind', target: '', from: null };
    for (const part of f.value.split(',')) {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const val = eq < 0 ? '' : part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
      if (key === 'type') m.type = val.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') m.target = val;
      else if (key === 'from') m.from = val;
    }
    out.push(m);
  }
  return out;
}

/** True when a cache or tmpfs mount covers a directory whose path starts with `dir`. */
export function hasCacheMountUnder(ins: Instruction, dir: string): boolean {
  return mountsOf(ins).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target.replace(/\/+$/, '').startsWith(dir));
}

/** Strips one pair of surrounding quotes. */
export function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0]) return s.slice(1, -1);
  return s;
}
