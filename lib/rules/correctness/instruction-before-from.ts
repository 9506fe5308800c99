import type { Rule } from '../types';

export const rule: Rule = {
  id: 'instruction-before-from',
  title: 'Instruction before the first FROM',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3061'],
  lesson: 'layers',
  explanation:
    'Only ARG (and parser directives and comments) may come before the first FROM, because until then there is no image to apply the instruction to. Docker stops the build with an error. Move the instruction below FROM.',
  examples: {
    bad: 'LABEL maintainer="jane@example.com"\nFROM alpine:3.20',
    good: 'FROM alpine:3.20\nLABEL maintainer="jane@example.com"',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword === 'FROM') break;
      if (ins.keyword === 'ARG' || !ins.known) continue;
      ctx.report({ span: ins.span, message: `${ins.keyword} comes before the first FROM, where only ARG is allowed: move it below FROM.` });
    }
  },
};
