/** What the distroless runtimes of the Python and Node multi-stage splits share: users and start lines. */
import type { DockerfileModel, Instruction } from '../model/types';

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
