import type { Rule } from '../types';
import type { Instruction } from '../../model/types';
import { runSites, type RunSite } from '../correctness/_run-scan';
import { CACHES } from './_caches';
import { shippedStages, stageChain } from './_stages';

export const rule: Rule = {
  id: 'cleanup-in-later-layer',
  title: 'Clean-up in a later layer than the install',
  category: 'size',
  severity: 'warning',
  aliases: [],
  lesson: 'layers',
  explanation:
    'Every RUN stores the files it leaves behind as a layer, and later layers can hide files but never take bytes out of an earlier one. Deleting package lists or caches in a separate RUN after the install only adds a whiteout: the image is exactly as large as before. Do the clean-up in the RUN that created the files.',
  examples: {
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
  },
  check(ctx) {
    const { model } = ctx;
    const shipped = shippedStages(model);
    const final = model.stages[model.stages.length - 1];
    if (!final) return;
    // RUNs of the shipped chain, in build order
    const chain = new Set(stageChain(model, final).map((s) => s.index));
    const sites: RunSite[] = [];
    for (const site of runSites(model)) if (!site.onbuild && chain.has(site.run.stageIndex) && shipped.has(site.run.stageIndex)) sites.push(site);
    for (let k = 1; k < sites.length; k++) {
      const later = sites[k];
      for (const kind of CACHES) {
        if (!later.commands.some(({ cmd }) => kind.cleans(cmd))) continue;
        let earlier: Instruction | null = null;
        for (let j = 0; j < k; j++) {
          const s = sites[j];
          if (s.commands.some(({ cmd }) => kind.fills(cmd)) && !s.commands.some(({ cmd }) => kind.cleans(cmd))) earlier = s.ins;
        }
        if (!earlier) continue;
        ctx.report({
          span: later.ins.span,
          message: `This removes ${kind.what} in a later layer than the RUN on line ${earlier.span.start.line} that created it: the bytes stay in that earlier layer (wasted space, ${kind.cost}). Do the clean-up in the same RUN as the install.`,
        });
      }
    }
  },
};
