import type { Rule } from '../types';
import type { DockerfileModel, Stage } from '../../model/types';
import { stageAncestry } from '../correctness/_run-scan';

function stageSets(stage: Stage, label: string): boolean {
  return stage.instructions.some((i) => i.keyword === 'LABEL' && i.pairs.some((p) => p.key === label));
}

/** Stages only used as `COPY --from` sources are build helpers: hadolint does not ask them for labels. */
function copySources(model: DockerfileModel): Set<string> {
  const out = new Set<string>();
  for (const ins of model.instructions) {
    if (ins.keyword !== 'COPY') continue;
    for (const f of ins.flags) if (f.name === 'from' && f.value) out.add(f.value.toLowerCase());
  }
  return out;
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
  check(ctx) {
    const labels = Object.keys(ctx.config.labelSchema ?? {});
    if (!labels.length) return;
    const silent = copySources(ctx.model);
    for (const stage of ctx.model.stages) {
      if (stage.name && silent.has(stage.name.toLowerCase())) continue;
      const chain = [stage, ...stageAncestry(ctx.model, stage)];
      for (const label of labels) {
        if (chain.some((s) => stageSets(s, label))) continue;
        ctx.report({ span: stage.from.span, message: `Label \`${label}\` is missing from this stage: add LABEL ${label}=... (your label schema requires it).` });
      }
    }
  },
};
