import type { Rule } from '../types';

const RESERVED = new Set(['scratch', 'context']);

export const rule: Rule = {
  id: 'reserved-stage-name',
  title: 'Stage uses a reserved name',
  category: 'correctness',
  severity: 'warning',
  aliases: ['ReservedStageName'],
  lesson: 'multi-stage',
  explanation:
    '`scratch` (the empty image) and `context` (the build context) already mean something to Docker. A stage called that makes `FROM scratch` or `COPY --from=context` ambiguous. Choose another name.',
  examples: {
    bad: 'FROM alpine:3.20 AS scratch\nRUN echo hi',
    good: 'FROM alpine:3.20 AS base\nRUN echo hi',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (!stage.name || !RESERVED.has(stage.name.toLowerCase())) continue;
      ctx.report({ span: stage.from.span, message: `Stage name "${stage.name}" is reserved by Docker: pick another name.` });
    }
  },
};
