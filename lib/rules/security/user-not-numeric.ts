import type { Rule } from '../types';

export const rule: Rule = {
  id: 'user-not-numeric',
  title: 'USER given by name, not numeric ID',
  category: 'security',
  severity: 'info',
  aliases: ['DL3066'],
  lesson: 'security',
  explanation:
    'A user name is resolved through the image /etc/passwd at run time, but the host and tools such as Kubernetes runAsNonRoot only see numbers: they cannot verify that "app" is not root. Give USER a numeric UID (and GID), e.g. USER 10001:10001.',
  examples: {
    bad: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app',
    good: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001',
  },
  // Off by default (switch on with --enable DL3066): hadolint 2.15 fires it on every named user, but
  // `USER node` / `USER app` is the non-root setup hardening guides ask for, so on real files it reads as noise.
  enabledByDefault: false,
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'USER' || !ins.words.length) continue;
      const uid = ins.words[0].value.split(':')[0];
      // a variable may well hold a number: nothing to say
      if (uid.includes('$') || /^\d+$/.test(uid)) continue;
      ctx.report({ span: ins.span, message: `USER ${uid} is a name that the host cannot check: use the numeric UID instead.` });
    }
  },
};
