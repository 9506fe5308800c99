import type { DockerfileModel, EmbeddedScript, Instruction, Span } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { PositionMap } from '../model/positions';

const NON_POSIX = /^(?:pwsh|powershell|cmd)(?:\.exe)?$/i;

/** The Dockerfile span of [start, end) in an embedded script. */
export function scriptSpan(model: DockerfileModel, embedded: EmbeddedScript, start: number, end: number): Span {
  const offs = embedded.offsets;
  const s = offs[Math.max(0, Math.min(start, offs.length - 1))];
  const e = end > start ? offs[Math.max(0, Math.min(end - 1, offs.length - 1))] + 1 : s;
  return positionMap(model).span(s, e);
}

export function commandSpan(model: DockerfileModel, embedded: EmbeddedScript, cmd: ShellCommand): Span {
  return scriptSpan(model, embedded, cmd.start, cmd.end);
}

const maps = new WeakMap<DockerfileModel, PositionMap>();
export function positionMap(model: DockerfileModel): PositionMap {
  let pm = maps.get(model);
  if (!pm) {
    pm = new PositionMap(model.text, model.lineStarts);
    maps.set(model, pm);
  }
  return pm;
}

/** The SHELL in effect for each instruction (by index), computed once per model: rules ask for every RUN. */
const shells = new WeakMap<DockerfileModel, (string | null)[]>();

/** The shell program named by the SHELL instruction in effect for `ins` (its stage or the stage it builds on), or null for the default. */
export function shellOf(model: DockerfileModel, ins: Instruction): string | null {
  let table = shells.get(model);
  if (!table) {
    table = new Array(model.instructions.length).fill(null);
    const finalShell: (string | null)[] = [];
    for (const stage of model.stages) {
      let shell: string | null = stage.baseStage !== null ? finalShell[stage.baseStage] ?? null : null;
      for (const other of stage.instructions) {
        table[other.index] = shell;
        if (other.keyword === 'SHELL' && other.json && other.json.length) shell = other.json[0];
      }
      finalShell[stage.index] = shell;
    }
    shells.set(model, table);
  }
  return table[ins.index] ?? null;
}

const nonPosixPragma = new WeakMap<DockerfileModel, boolean>();

/** True when the shell that runs this instruction's shell form is not a POSIX shell (SHELL or a shell pragma says so). */
export function usesNonPosixShell(model: DockerfileModel, ins: Instruction): boolean {
  let pragma = nonPosixPragma.get(model);
  if (pragma === undefined) {
    pragma = model.pragmas.some((p) => p.kind === 'shell' && p.values.some((v) => NON_POSIX.test(v.split(/[\\/]/).pop() ?? '')));
    nonPosixPragma.set(model, pragma);
  }
  if (pragma) return true;
  const shell = shellOf(model, ins);
  return shell !== null && NON_POSIX.test(shell.split(/[\\/]/).pop() ?? '');
}

/** Shell scripts this instruction runs at build time (RUN, also ONBUILD RUN), unless the shell is not POSIX. */
export function buildScripts(model: DockerfileModel, ins: Instruction): EmbeddedScript[] {
  const target = ins.keyword === 'ONBUILD' && ins.trigger ? ins.trigger : ins;
  if (target.keyword !== 'RUN' || usesNonPosixShell(model, ins)) return [];
  return target.scripts;
}

const runLists = new WeakMap<DockerfileModel, { ins: Instruction; scripts: EmbeddedScript[] }[]>();

/** Every RUN (and ONBUILD RUN) with its parsed scripts, in file order (computed once per model). */
export function runInstructions(model: DockerfileModel): readonly { ins: Instruction; scripts: EmbeddedScript[] }[] {
  let list = runLists.get(model);
  if (!list) {
    list = [];
    for (const ins of model.instructions) {
      const scripts = buildScripts(model, ins);
      if (scripts.length) list.push({ ins, scripts });
    }
    runLists.set(model, list);
  }
  return list;
}

const commandLists = new WeakMap<DockerfileModel, readonly { ins: Instruction; embedded: EmbeddedScript; cmd: ShellCommand }[]>();

/** Every shell command run at build time, with its instruction and embedded script (computed once per model). */
export function buildCommands(model: DockerfileModel): readonly { ins: Instruction; embedded: EmbeddedScript; cmd: ShellCommand }[] {
  let list = commandLists.get(model);
  if (!list) {
    list = runInstructions(model).flatMap(({ ins, scripts }) => scripts.flatMap((embedded) => embedded.script.commands.map((cmd) => ({ ins, embedded, cmd }))));
    commandLists.set(model, list);
  }
  return list;
}

/** Instructions of a keyword, ONBUILD triggers included (hadolint checks those too). */
export function* instructionsOf(model: DockerfileModel, keyword: string): Generator<Instruction> {
  for (const ins of model.instructions) {
    if (ins.keyword === keyword) yield ins;
    else if (ins.keyword === 'ONBUILD' && ins.trigger?.keyword === keyword) yield ins.trigger;
  }
}

/** The instruction whose text contains the span's start, for pragma matching. */
export function instructionAt(model: DockerfileModel, span: Span): Instruction | null {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const ins = list[mid];
    if (span.startOffset < ins.span.startOffset) hi = mid - 1;
    else if (span.startOffset > ins.span.endOffset) lo = mid + 1;
    else return ins;
  }
  return null;
}
