import type { Rule } from '../types';

export const rule: Rule = {
  id: 'multiple-healthchecks',
  title: 'More than one HEALTHCHECK in a stage',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3012'],
  lesson: 'layers',
  explanation:
    'Only the last HEALTHCHECK of an image takes effect; earlier ones are silently discarded. Two in one stage usually mean one of them was meant to be removed or edited, and a reader cannot tell which check actually runs.',
  examples: {
    bad: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK CMD wget -q -O /dev/null http://localhost/',
    good: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const checks = stage.instructions.filter((i) => i.keyword === 'HEALTHCHECK');
      for (const extra of checks.slice(1)) {
        ctx.report({ span: extra.span, message: `This stage already has a HEALTHCHECK on line ${checks[0].span.start.line}; only the last one counts: keep a single HEALTHCHECK.` });
      }
    }
  },
};
