import type { Rule } from '../types';

/** The MAINTAINER text as a double-quoted LABEL value (Docker expands $ and \ inside double quotes). */
function quoted(text: string): string {
  return '"' + text.replace(/[\\"$]/g, (c) => '\\' + c) + '"';
}

export const rule: Rule = {
  id: 'maintainer-deprecated',
  title: 'MAINTAINER is deprecated',
  category: 'style',
  severity: 'error',
  aliases: ['DL4000', 'CKV_DOCKER_6', 'AVD-DS-0022', 'DS022'],
  lesson: 'layers',
  explanation:
    'MAINTAINER has been deprecated since Docker 1.13: its value lands in a legacy field that tools no longer read. Write the same information as a label, LABEL maintainer="...", or the standard org.opencontainers.image.authors.',
  examples: {
    bad: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>',
    good: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const value = ins.argsText.trim();
      const single = ins.span.start.line === ins.span.end.line;
      ctx.report({
        span: ins.span,
        message: 'MAINTAINER is deprecated: use LABEL maintainer="..." instead.',
        fix:
          single && value
            ? { title: 'Replace with LABEL maintainer=', edits: [{ start: ins.span.startOffset, end: ins.span.endOffset, text: `LABEL maintainer=${quoted(value)}` }] }
            : undefined,
      });
    }
  },
};
