/**
 * Text helpers the passes share: the file's formatting style, offsets of shell words in the
 * Dockerfile text, and change records with stable ids.
 */
import type { DockerfileModel, EmbeddedScript, Instruction, Stage } from '../model/types';
import type { ShellCommand, ShellWord } from '../shell/types';
import { unwrapCommand } from '../shell/query';
import { usesNonPosixShell } from '../rules/helpers';
import type { Risk, TextEdit } from '../types';
import type { ChangeRecord, Pass, PassOutput } from './types';

export interface Style {
  /** indentation of continuation lines */
  indent: string;
  /** `\n    && cmd` (true, the default) or `cmd && \` at line ends (false) */
  leadingOps: boolean;
  escape: string;
  /** the user writes keywords in lower case */
  lowerKeywords: boolean;
  eol: string;
}

const styles = new WeakMap<DockerfileModel, Style>();

export function styleOf(model: DockerfileModel): Style {
  const cached = styles.get(model);
  if (cached) return cached;
  const escape = model.escapeChar;
  const indents = new Map<string, number>();
  let leading = 0;
  let trailing = 0;
  const lines = model.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (!line.endsWith(escape)) continue;
    const next = lines[i + 1];
    const ws = /^[ \t]*/.exec(next)![0];
    if (ws.length > 0 && next.trim() !== '') indents.set(ws, (indents.get(ws) ?? 0) + 1);
    const body = line.slice(0, -1).trimEnd();
    if (body.endsWith('&&') || body.endsWith(';')) trailing++;
    if (/^\s*(&&|\|\|)/.test(next)) leading++;
  }
  let indent = '    ';
  let best = 0;
  for (const [ws, n] of indents) if (n > best) [indent, best] = [ws, n];
  const kws = model.instructions.filter((i) => i.known);
  const lower = kws.filter((i) => i.rawKeyword === i.rawKeyword.toLowerCase()).length;
  const style: Style = {
    indent,
    leadingOps: trailing <= leading,
    escape,
    lowerKeywords: kws.length > 0 && lower * 2 > kws.length,
    eol: model.text.includes('\r\n') ? '\r\n' : '\n',
  };
  styles.set(model, style);
  return style;
}

/** A keyword in the file's casing. */
export function kw(style: Style, keyword: string): string {
  return style.lowerKeywords ? keyword.toLowerCase() : keyword;
}

/** The text that joins one more command onto a RUN: ` \` + newline + indent + `&& `. */
export function joiner(style: Style): string {
  return style.leadingOps ? ` ${style.escape}${style.eol}${style.indent}&& ` : ` && ${style.escape}${style.eol}${style.indent}`;
}

/** Dockerfile offset just after a shell word. */
export function afterWord(embedded: EmbeddedScript, word: { end: number }): number {
  return embedded.offsets[word.end - 1] + 1;
}

/** Dockerfile offset of the start of a shell word (or command). */
export function atWord(embedded: EmbeddedScript, word: { start: number }): number {
  return embedded.offsets[word.start];
}

/** Dockerfile offset just after the last non-blank character of the script. */
export function scriptEnd(embedded: EmbeddedScript): number {
  const src = embedded.script.source;
  let end = src.length;
  while (end > 0 && /\s/.test(src[end - 1])) end--;
  return end === 0 ? embedded.offsets[0] : embedded.offsets[end - 1] + 1;
}

/** Edit that appends `&& text` to the end of a RUN script, in the file's continuation style (a new line in a heredoc body). */
export function appendCommand(style: Style, embedded: EmbeddedScript, text: string): TextEdit {
  const at = scriptEnd(embedded);
  // a here-document script's status is its last line's: without `set -e`, a line of its own would
  // hide a failed install, so the clean-up joins the last command instead
  if (embedded.origin === 'heredoc' && errexit(embedded)) return { start: at, end: at, text: `${style.eol}${text}` };
  return { start: at, end: at, text: (embedded.origin === 'heredoc' ? ' && ' : joiner(style)) + text };
}

/** `set -e` (or -o errexit) at the top level of the script, before its last command. */
function errexit(embedded: EmbeddedScript): boolean {
  return embedded.script.commands.some((c) => c.base === 'set' && c.context.length === 0 && (c.args.some((a) => /^-[a-z]*e[a-z]*$/.test(a)) || c.args.join(' ').includes('-o errexit')));
}

/**
 * The RUN's one script, when the pass can edit it safely (POSIX shell, parsed cleanly): the
 * shell form, or with `heredoc` also a `RUN <<EOF` body.
 */
export function editableScript(model: DockerfileModel, ins: Instruction, opts: { heredoc?: boolean } = {}): EmbeddedScript | null {
  if (ins.keyword !== 'RUN' || ins.scripts.length !== 1) return null;
  const s = ins.scripts[0];
  if (s.script.errors.length || usesNonPosixShell(model, ins)) return null;
  if (s.origin === 'heredoc') {
    if (!opts.heredoc || ins.heredocs.length !== 1 || !ins.heredocs[0].terminated || ins.heredocs[0].stripTabs) return null;
    return s;
  }
  return ins.form === 'shell' && !ins.heredocs.length ? s : null;
}

/** Every RUN that runs at build time, ONBUILD RUN triggers included (their offsets are the file's). */
export function buildRuns(model: DockerfileModel): Instruction[] {
  const out: Instruction[] = [];
  for (const ins of model.instructions) {
    if (ins.keyword === 'RUN') out.push(ins);
    else if (ins.keyword === 'ONBUILD' && ins.trigger?.keyword === 'RUN') out.push(ins.trigger);
  }
  return out;
}

/** The command that really runs (through sudo/env/nice...), with offsets still valid; null for `sh -c` strings. */
export function actual(cmd: ShellCommand): ShellCommand {
  if (cmd.base !== 'sudo' && cmd.base !== 'env' && cmd.base !== 'nice' && cmd.base !== 'time') return cmd;
  const inner = unwrapCommand(cmd);
  return inner.length === 1 && inner[0].argv[0] && cmd.argv.includes(inner[0].argv[0]) ? inner[0] : cmd;
}

export function commandsOf(embedded: EmbeddedScript): ShellCommand[] {
  return embedded.script.commands.map(actual);
}

/** Index of the first positional (non-option) word after argv[0], for `apt-get -y install` -> install. */
export function subcommandWord(cmd: ShellCommand): ShellWord | null {
  for (let i = 1; i < cmd.argv.length; i++) {
    const v = cmd.argv[i].value;
    if (!v.startsWith('-')) return cmd.argv[i];
  }
  return null;
}

export function hasArg(cmd: ShellCommand, ...names: string[]): boolean {
  return cmd.args.some((a) => names.includes(a) || names.some((n) => n.startsWith('--') && a.startsWith(n + '=')));
}

/** Collects change records, numbering ids per pass. */
export class Changes {
  readonly changes: ChangeRecord[] = [];
  constructor(private readonly pass: Pick<Pass, 'id' | 'risk'>) {}
  add(title: string, why: string, edits: TextEdit[], risk: Risk = this.pass.risk): void {
    if (!edits.length) return;
    const n = this.changes.length + 1;
    this.changes.push({ id: n === 1 ? this.pass.id : `${this.pass.id}-${n}`, title, why, risk, edits, lines: [], savedBytes: 0 });
  }
  output(): PassOutput {
    return { edits: this.changes.flatMap((c) => c.edits), changes: this.changes };
  }
}

/** The stage that ships: the target when given, else the last one. */
export function shippedStage(model: DockerfileModel, target?: string | null): Stage | null {
  if (target) {
    const t = model.stages.find((s) => s.name !== null && s.name.toLowerCase() === target.toLowerCase());
    if (t) return t;
  }
  return model.stages.length ? model.stages[model.stages.length - 1] : null;
}

/** The stage, the stage it is built FROM, and so on down to the one on an image. */
export function stageChain(model: DockerfileModel, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s; s = s.baseStage !== null ? model.stages[s.baseStage] : null) chain.push(s);
  return chain;
}

/** Stages whose files end up in the shipped image (the shipped one and those it is built FROM). */
export function runtimeStages(model: DockerfileModel, target?: string | null): Set<number> {
  const shipped = shippedStage(model, target);
  return new Set(shipped ? stageChain(model, shipped).map((s) => s.index) : []);
}

/** Lines of text [start, end) with their trailing newline, for deleting whole instructions. */
export function wholeLines(model: DockerfileModel, start: number, end: number): { start: number; end: number } {
  const text = model.text;
  let s = start;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && text[e] !== '\n') e++;
  if (e < text.length) e++;
  return { start: s, end: e };
}

/** The instruction's span plus its leading comment lines. */
export function withComments(ins: Instruction): { start: number; end: number } {
  const start = ins.leadingComments.length ? ins.leadingComments[0].span.startOffset : ins.span.startOffset;
  return { start, end: ins.span.endOffset };
}

export const APT = new Set(['apt-get', 'apt']);

export function isAptInstall(cmd: ShellCommand): boolean {
  return APT.has(cmd.base) && subcommandWord(cmd)?.value === 'install';
}

/** True when the word is a plain literal (no expansion), so editing around it is safe. */
export function literal(word: ShellWord | undefined): boolean {
  return !!word && word.literal;
}
