/** What the distroless runtimes of the Python and Node multi-stage splits share: users and start lines. */
import type { DockerfileModel, Instruction } from '../model/types';
import { plainArgv } from './passes/exec-form-command';

/** the names in distroless's /etc/passwd and /etc/group that a COPY --chown may use */
const DISTROLESS_USERS = new Set(['root', 'nonroot', 'nobody']);

/** True when a COPY/ADD --chown names a user or group distroless does not define (the build would fail). */
export function chownsUnknownUser(list: readonly Instruction[]): boolean {
  const chown = list.flatMap((i) => (i.keyword === 'COPY' || i.keyword === 'ADD' ? i.flags.filter((f) => f.name.toLowerCase() === 'chown') : []));
  return chown.some((f) => !(f.value ?? '').split(':').every((id) => /^\d+$/.test(id) || DISTROLESS_USERS.has(id)));
}

/** The instruction in exec form with `argv`, under the comments the user wrote above it. */
export function startLine(model: DockerfileModel, ins: Instruction, argv: string[]): string {
  const start = ins.leadingComments.length ? ins.leadingComments[0].span.startOffset : ins.span.startOffset;
  const comments = model.text.slice(start, ins.span.startOffset);
  return `${comments}${ins.rawKeyword} [${argv.map((a) => JSON.stringify(a)).join(', ')}]`;
}

/**
 * The start instructions rewritten for a distroless image whose ENTRYPOINT is the interpreter, when
 * `isProgram` accepts the argv that runs (ENTRYPOINT, then CMD); else why not, in `whyNot`'s words.
 */
export function interpreterStart(
  model: DockerfileModel,
  list: readonly Instruction[],
  interpreter: string,
  isProgram: (argv: string[]) => boolean,
  whyNot: (argv: string[] | null) => string,
): { lines: Map<Instruction, string> } | { reason: string } {
  const cmds = list.filter((i) => i.keyword === 'CMD');
  const entrypoints = list.filter((i) => i.keyword === 'ENTRYPOINT');
  if (cmds.length > 1 || entrypoints.length > 1) return { reason: 'CMD or ENTRYPOINT is set more than once' };
  const [cmd] = cmds;
  const [entrypoint] = entrypoints;
  // a shell-form ENTRYPOINT ignores CMD and a shell-form CMD is `sh -c` arguments: exec form would change what runs
  if (entrypoint && cmd && (entrypoint.form === 'shell' || !cmd.json)) return { reason: 'its ENTRYPOINT and CMD are combined through a shell' };
  const head = entrypoint ?? cmd;
  const headArgv = head ? head.json ?? plainArgv(head) : null;
  const argv = headArgv && [...headArgv, ...(entrypoint && cmd ? cmd.json! : [])];
  if (!head || !headArgv || !argv || !isProgram(argv)) return { reason: whyNot(argv) };
  const rewritten = entrypoint ? [interpreter, ...headArgv.slice(1)] : headArgv.slice(1);
  return { lines: new Map([[head, startLine(model, head, rewritten)]]) };
}
