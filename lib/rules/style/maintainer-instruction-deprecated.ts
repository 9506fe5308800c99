import type { Rule } from '../types';

export const rule: Rule = {
  id: 'maintainer-instruction-deprecated',
  title: 'MAINTAINER is deprecated',
  category: 'style',
  severity: 'warning',
  aliases: ['MaintainerDeprecated'],
  lesson: 'layers',
  explanation:
    "MAINTAINER was replaced by labels years ago: Docker's build check flags it, and tools that read image metadata look for the `org.opencontainers.image.authors` label instead. Move the author into that label.",
  examples: {
    bad: 'FROM alpine:3.20\nMAINTAINER me@example.org',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.org"',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const who = ins.argsText.trim();
      // the value is requoted, so only a single-line value without quotes or escapes is rewritten
      const safe = who !== '' && ins.span.start.line === ins.span.end.line && !/["\\$`]/.test(who);
      ctx.report({
        span: ins.span,
        message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="..." instead.',
        fix: safe
          ? { title: 'Replace with an authors LABEL', edits: [{ start: ins.span.startOffset, end: ins.span.endOffset, text: `LABEL org.opencontainers.image.authors="${who}"` }] }
          : undefined,
      });
    }
  },
};
