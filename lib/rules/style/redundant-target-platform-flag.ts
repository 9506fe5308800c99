import type { Rule } from '../types';

export const rule: Rule = {
  id: 'redundant-target-platform-flag',
  title: 'FROM --platform=$TARGETPLATFORM is redundant',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3065'],
  lesson: 'multi-stage',
  explanation:
    'FROM already pulls the image for the target platform when no --platform is given, so --platform=$TARGETPLATFORM changes nothing and only makes the line longer. Drop it, and keep --platform for stages that must run on the build platform ($BUILDPLATFORM).',
  examples: {
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
    good: 'FROM alpine:3.20',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const ins = stage.from;
      const flag = ins.flags.find((f) => f.name === 'platform' && (f.value === '$TARGETPLATFORM' || f.value === '${TARGETPLATFORM}'));
      if (!flag) continue;
      let end = flag.span.endOffset;
      const text = ctx.model.text;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      ctx.report({
        span: ins.span,
        message: '--platform=$TARGETPLATFORM is what FROM does anyway: remove the flag.',
        fix: { title: 'Remove --platform=$TARGETPLATFORM', edits: [{ start: flag.span.startOffset, end, text: '' }] },
      });
    }
  },
};
