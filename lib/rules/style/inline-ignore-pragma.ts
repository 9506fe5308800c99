import type { Rule } from '../types';
import { positionMap } from '../helpers';

export const rule: Rule = {
  id: 'inline-ignore-pragma',
  title: 'Inline ignore comment',
  category: 'style',
  severity: 'info',
  aliases: ['DL1001'],
  lesson: 'layers',
  explanation:
    'An inline "# hadolint ignore=..." (or "# layerlab ignore=...") comment silences a check for the next instruction. Some teams prefer every exception to live in the shared configuration file, where it is reviewed once and applies everywhere; switch this rule on to find the inline ones.',
  examples: {
    bad: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*',
  },
  // hadolint gives DL1001 the "ignore" severity: it only reports when switched on
  enabledByDefault: false,
  check(ctx) {
    const { model } = ctx;
    for (const p of model.pragmas) {
      if (p.kind !== 'ignore') continue;
      ctx.report({ span: positionMap(model).lineSpan(p.line), message: `Inline ignore of ${p.values.join(', ')}: move the exception to the configuration file (ignored rules) instead.` });
    }
  },
};
