import type { Rule } from '../types';

export const rule: Rule = {
  id: 'redundant-target-platform',
  title: 'FROM --platform=$TARGETPLATFORM is redundant',
  category: 'correctness',
  severity: 'warning',
  aliases: ['RedundantTargetPlatform'],
  lesson: 'multi-stage',
  explanation:
    'Every FROM already pulls the image for the target platform, so `--platform=$TARGETPLATFORM` changes nothing and only adds noise. Drop the flag; keep `--platform` for the cases that differ, like `$BUILDPLATFORM` for cross-compiling stages.',
  examples: {
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN echo hi',
    good: 'FROM alpine:3.20\nRUN echo hi',
  },
  check(ctx) {
    const text = ctx.model.text;
    for (const stage of ctx.model.stages) {
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag || (flag.value !== '$TARGETPLATFORM' && flag.value !== '${TARGETPLATFORM}')) continue;
      let end = flag.span.endOffset;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      ctx.report({
        span: stage.from.span,
        message: `--platform=${flag.value} is what FROM does anyway: remove the flag.`,
        fix: { title: 'Remove --platform', edits: [{ start: flag.span.startOffset, end, text: '' }] },
      });
    }
  },
};
