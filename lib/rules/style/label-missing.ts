import type { Rule } from '../types';
import type { Stage } from '../../model/types';
import { stagesLacking } from '../correctness/_stage-outcome';

function stageSets(stage: Stage, label: string): boolean {
  return stage.instructions.some((i) => i.keyword === 'LABEL' && i.pairs.some((p) => p.key === label));
}

export const rule: Rule = {
  id: 'label-missing',
  title: 'Required label missing',
  category: 'style',
  severity: 'info',
  aliases: ['DL3049'],
  lesson: 'layers',
  explanation:
    'Your label schema lists labels every image must carry (owner, source, version and the like), and this stage sets none of them or not all. Images without them are hard to trace back to their code and owners. This check runs only when a label schema is configured.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL description="demo"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.source":"url"}},
  check(ctx) {
    const labels = Object.keys(ctx.config.labelSchema ?? {});
    if (!labels.length) return;
    for (const label of labels) {
      for (const stage of stagesLacking(ctx.model, (s) => stageSets(s, label))) {
        ctx.report({ span: stage.from.span, message: `Label \`${label}\` is missing from this stage: add LABEL ${label}=... (your label schema requires it).` });
      }
    }
  },
};
