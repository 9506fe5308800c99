/** What the distroless runtimes of the Python and Node multi-stage splits share: users and start lines. */
import type { DockerfileModel, Instruction } from '../model/types';
import { plainArgv } from './passes/exec-form-command';
import table from '../data/distroless-images.json';

const SUPPORT = table[1] as { current: string; deprecated: Record<string, string>; python3: Record<string, string>; nodejs: Record<string, number[]> };

/** The Debian release of the distroless images that are still updated ('debian13'). */
export const DISTROLESS_RELEASE = SUPPORT.current;
/** Its number (13): a program built on this release or an older one starts there (glibc is backward compatible). */
export const DISTROLESS_DEBIAN = Number(SUPPORT.current.replace('debian', ''));
/** The Python minor version of the maintained python3 image ('3.13'). */
export const DISTROLESS_PYTHON_VERSION = SUPPORT.python3[SUPPORT.current];
/** The Node majors of the maintained nodejs images. */
export const DISTROLESS_NODE_MAJORS: readonly number[] = SUPPORT.nodejs[SUPPORT.current];
/** When the images of the release before were last updated, for the reasons the passes give. */
export const PREVIOUS_DEPRECATED = Object.entries(SUPPORT.deprecated).map(([release, date]) => `distroless stopped updating its ${release} images on ${date}`).join('; ');

/** the names in distroless's /etc/passwd and /etc/group that a COPY --chown may use */
const DISTROLESS_USERS = new Set(['root', 'nonroot', 'nobody']);

/** True when a COPY/ADD --chown names a user or group distroless does not define (the build would fail). */
export function chownsUnknownUser(list: readonly Instruction[]): boolean {
  const chown = list.flatMap((i) => (i.keyword === 'COPY' || i.keyword === 'ADD' ? i.flags.filter((f) => f.name.toLowerCase() === 'chown') : []));
  return chown.some((f) => !(f.value ?? '').split(':').every((id) => /^\d+$/.test(id) || DISTROLESS_USERS.has(id)));
}

/**
 * Debian major release a builder image is known to be on, from its tag; null when the tag does not
 * say. A binary linked against a newer glibc does not start on an older one.
 */
export function debianReleaseOfTag(repo: string, tag: string): 12 | 13 | null {
  const t = tag.toLowerCase();
  const words = t.split(/[-_.]/);
  if (words.includes('trixie')) return 13;
  if (words.includes('bookworm')) return 12;
  if (repo === 'debian') return /^13(\D|$)/.test(t) ? 13 : /^12(\D|$)/.test(t) ? 12 : null;
  return null;
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
 * `rewrite` gives the new argv of the instruction that names the program (by default: the
 * interpreter for an ENTRYPOINT, the interpreter's arguments alone for a CMD).
 */
export function interpreterStart(
  model: DockerfileModel,
  list: readonly Instruction[],
  interpreter: string,
  isProgram: (argv: string[]) => boolean,
  whyNot: (argv: string[] | null) => string,
  rewrite: (headArgv: string[], isEntrypoint: boolean) => string[] = (argv, isEntrypoint) => (isEntrypoint ? [interpreter, ...argv.slice(1)] : argv.slice(1)),
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
  return { lines: new Map([[head, startLine(model, head, rewrite(headArgv, !!entrypoint))]]) };
}
