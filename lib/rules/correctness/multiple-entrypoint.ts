import type { Rule } from '../types';
import { repeatedInStage } from './_repeated';

export const rule: Rule = {
  id: 'multiple-entrypoint',
  title: 'More than one ENTRYPOINT in a stage',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL4004', 'AVD-DS-0007', 'DS007'],
  lesson: 'layers',
  explanation:
    'Only the last ENTRYPOINT of a stage takes effect; the earlier ones are silently dropped, so the container may start a different program than the first one suggests. Keep one ENTRYPOINT per stage.',
  examples: {
    bad: 'FROM alpine:3.20\nENTRYPOINT ["/bin/server"]\nENTRYPOINT ["/bin/worker"]',
    good: 'FROM alpine:3.20\nENTRYPOINT ["/bin/server"]',
  },
  check(ctx) {
    for (const ins of repeatedInStage(ctx.model, 'ENTRYPOINT')) {
      ctx.report({ span: ins.span, message: 'An ENTRYPOINT was already given in this stage: only the last one takes effect. Keep one.' });
    }
  },
};
