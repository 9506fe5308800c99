import type { Rule } from '../types';
import { stagesLacking } from './_stage-outcome';

export const rule: Rule = {
  id: 'healthcheck-missing',
  title: 'No HEALTHCHECK',
  category: 'correctness',
  severity: 'info',
  aliases: ['DL3057', 'CKV_DOCKER_2', 'AVD-DS-0026', 'DS026'],
  lesson: 'security',
  explanation:
    'Without a HEALTHCHECK, Docker only knows whether the main process is running, not whether it still answers. A hung server keeps receiving traffic. Add a HEALTHCHECK that probes the service (off by default, as in hadolint, because orchestrators often probe from outside).',
  examples: {
    bad: 'FROM nginx:1.27-alpine',
    good: 'FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1',
  },
  enabledByDefault: false,
  check(ctx) {
    // HEALTHCHECK NONE counts too: it states the choice explicitly.
    for (const stage of stagesLacking(ctx.model, (s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) {
      ctx.report({ span: stage.from.span, message: 'This stage has no HEALTHCHECK: add one so Docker can tell when the service stops answering.' });
    }
  },
};
