import type { Rule } from '../types';

export const rule: Rule = {
  id: 'wget-and-curl-both-used',
  title: 'Both wget and curl in one stage',
  category: 'size',
  severity: 'warning',
  aliases: ['DL4001'],
  lesson: 'minimal-base',
  explanation:
    'wget and curl do the same job. Using both in one stage means both (and their libraries) must be installed, which adds bytes and attack surface for nothing. Pick one and use it everywhere in the stage.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
    good: 'FROM debian:bookworm-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
  },
  check(ctx) {
    let seen = new Set<string>();
    for (const ins of ctx.model.instructions) {
      if (ins.keyword === 'FROM') {
        seen = new Set();
        continue;
      }
      if (ins.keyword !== 'RUN') continue;
      const here = new Set<string>();
      for (const s of ins.scripts) for (const c of s.script.commands) if (c.base === 'curl' || c.base === 'wget') here.add(c.base);
      if (!here.size) continue;
      for (const t of here) seen.add(t);
      if (seen.size >= 2) ctx.report({ span: ins.span, message: 'This stage uses both wget and curl: pick one, so only one of them has to be installed.' });
    }
  },
};
