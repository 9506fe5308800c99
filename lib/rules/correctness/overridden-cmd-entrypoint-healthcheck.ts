import type { Rule } from '../types';

const SINGLE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export const rule: Rule = {
  id: 'overridden-cmd-entrypoint-healthcheck',
  title: 'CMD, ENTRYPOINT or HEALTHCHECK repeated in a stage',
  category: 'correctness',
  severity: 'warning',
  aliases: ['MultipleInstructionsDisallowed', 'AVD-DS-0023', 'DS023'],
  lesson: 'layers',
  explanation:
    'A stage keeps only its last CMD, ENTRYPOINT and HEALTHCHECK; earlier ones are silently replaced. A repeated one is usually a leftover or a sign that someone expected both to run. Keep one of each per stage.',
  examples: {
    bad: 'FROM alpine:3.20\nCMD ["./setup"]\nCMD ["./serve"]',
    good: 'FROM alpine:3.20\nCMD ["./serve"]',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const kw of SINGLE) {
        const list = stage.instructions.filter((i) => i.keyword === kw);
        for (const ins of list.slice(0, -1)) {
          ctx.report({ span: ins.span, message: `This ${kw} is replaced by a later ${kw} in the same stage: only the last one is used.` });
        }
      }
    }
  },
};
