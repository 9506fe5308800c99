import type { Rule } from '../types';

/** root by name or uid, with or without a group. */
function isRoot(user: string): boolean {
  const u = user.trim();
  return u === 'root' || u === '0' || u.startsWith('root:') || u.startsWith('0:');
}

export const rule: Rule = {
  id: 'last-user-is-root',
  title: 'Stage ends with USER root',
  category: 'security',
  severity: 'warning',
  aliases: ['DL3002'],
  lesson: 'security',
  explanation:
    'Switching to root for installs is fine, but when the last USER of a stage is root, containers from that image (and any stage built on it) run as root: a compromised process then owns the whole container and anything mounted into it. Switch back to an unprivileged user at the end.',
  examples: {
    bad: 'FROM debian:12\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\nUSER nobody',
  },
  check(ctx) {
    // as hadolint: every stage whose last USER is root is reported, at that USER line
    for (const stage of ctx.model.stages) {
      const users = stage.instructions.filter((i) => i.keyword === 'USER');
      const last = users[users.length - 1];
      if (!last || !isRoot(last.argsText)) continue;
      ctx.report({ span: last.span, message: `The last USER of this stage is ${last.argsText.trim()}, so its containers run as root: add USER with an unprivileged user after the steps that need root.` });
    }
  },
};
