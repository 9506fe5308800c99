/**
 * Shared by the hadolint-parity rules (DL3032-DL4007): the commands of each RUN (ONBUILD RUN
 * included), hadolint-style argument questions, and small text edits for the safe fixes.
 */
import type { DockerfileModel, EmbeddedScript, Instruction, Stage } from '../../model/types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { hasFlag, unwrapCommand } from '../../shell/query';
import { runInstructions } from '../helpers';
import type { Fix } from '../../types';

export interface RunCommand {
  cmd: ShellCommand;
  embedded: EmbeddedScript;
}

export interface RunSite {
  /** the instruction to report on: the ONBUILD line for ONBUILD RUN */
  ins: Instruction;
  /** the RUN itself (the ONBUILD trigger, or `ins`) */
  run: Instruction;
  onbuild: boolean;
  /** every command, wrappers (sudo, env, sh -c) stepped through, in source order */
  commands: RunCommand[];
}

const sitesOf = new WeakMap<DockerfileModel, readonly RunSite[]>();

/** Every RUN with its commands, computed once per model (a score of rules ask for them). */
export function runSites(model: DockerfileModel): readonly RunSite[] {
  let sites = sitesOf.get(model);
  if (sites) return sites;
  const list: RunSite[] = [];
  for (const { ins, scripts } of runInstructions(model)) {
    const onbuild = ins.keyword === 'ONBUILD';
    const run = onbuild && ins.trigger ? ins.trigger : ins;
    const commands: RunCommand[] = [];
    for (const embedded of scripts) {
      for (const c of embedded.script.commands) for (const cmd of unwrapCommand(c)) commands.push({ cmd, embedded });
    }
    list.push({ ins, run, onbuild, commands });
  }
  sitesOf.set(model, (sites = list));
  return sites;
}

/** hadolint's cmdHasArgs: the command is one of `names` and one of its arguments is one of `args`. */
export function cmdHasArgs(cmd: ShellCommand, names: readonly string[], args: readonly string[]): boolean {
  return names.includes(cmd.base) && cmd.args.some((a) => args.includes(a));
}

/** Arguments that do not start with a dash (hadolint's getArgsNoFlags). */
export function argsNoFlags(cmd: ShellCommand): string[] {
  return cmd.args.filter((a) => !a.startsWith('-'));
}

export { hasFlag };

/** Index of the first command matching, or -1. */
export function firstIndex(commands: readonly RunCommand[], pred: (c: ShellCommand) => boolean): number {
  return commands.findIndex((c) => pred(c.cmd));
}

/** Dockerfile offset just after a word of the original script; null when the word came from a re-parsed `sh -c` string. */
export function wordEndOffset(rc: RunCommand, word: ShellWord): number | null {
  const own = rc.embedded.script.commands.some((c) => c.argv.includes(word));
  if (!own || word.end <= word.start) return null;
  return rc.embedded.offsets[word.end - 1] + 1;
}

/** Fix that inserts ` text` after the first argv word whose value is in `after` (e.g. `install`). */
export function insertAfterWord(rc: RunCommand, after: readonly string[], text: string, title: string): Fix | undefined {
  const word = rc.cmd.argv.slice(1).find((w) => after.includes(w.value));
  if (!word) return undefined;
  const at = wordEndOffset(rc, word);
  return at === null ? undefined : { title, edits: [{ start: at, end: at, text: ' ' + text }] };
}

/**
 * Fix that appends ` && text` at the end of a RUN's shell-form script, offered only when the
 * script ends with a plain top-level command (no trailing `;`, `&`, comment or heredoc).
 */
export function appendToRun(site: RunSite, text: string, title: string): Fix | undefined {
  const run = site.run;
  if (run.form !== 'shell' || run.heredocs.length || run.scripts.length !== 1) return undefined;
  const embedded = run.scripts[0];
  const script = embedded.script;
  if (script.errors.length) return undefined;
  const top = script.commands.filter((c) => c.context.length === 0);
  const last = top[top.length - 1];
  const end = script.source.trimEnd().length;
  if (!last || last.end !== end || last.redirects.some((r) => r.heredocBody !== undefined)) return undefined;
  const at = embedded.offsets[end - 1] + 1;
  return { title, edits: [{ start: at, end: at, text: ` && ${text}` }] };
}

/** Stages this stage builds on, nearest first (FROM <alias> chains). */
export function stageAncestry(model: DockerfileModel, stage: Stage): Stage[] {
  const out: Stage[] = [];
  const seen = new Set<number>([stage.index]);
  let cur = stage.baseStage;
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    const s = model.stages[cur];
    if (!s) break;
    out.push(s);
    cur = s.baseStage;
  }
  return out;
}

/** COPY/ADD source and destination words (exec form aware). */
export function copyArgs(ins: Instruction): string[] {
  // raw text: Docker keeps backslashes in paths (c:\\dir), quotes are stripped by the caller
  return ins.json ?? ins.words.map((w) => w.raw);
}

export function stripQuotes(s: string): string {
  let t = s;
  while (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) t = t.slice(1, -1);
  return t;
}
