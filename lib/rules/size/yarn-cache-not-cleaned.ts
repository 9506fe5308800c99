import type { Rule } from '../types';
import { appendToRun, cmdHasArgs, runSites } from '../correctness/_run-scan';

export const rule: Rule = {
  id: 'yarn-cache-not-cleaned',
  title: 'yarn install without yarn cache clean',
  category: 'size',
  severity: 'info',
  aliases: ['DL3060'],
  lesson: 'why-size',
  explanation:
    'yarn keeps a copy of every package it downloads in its global cache. Left in the image, that cache can be as large as node_modules itself. Run `yarn cache clean` in the same RUN, at least in the stage you ship (stages used only to build something else do not matter).',
  examples: {
    bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile',
    good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
  },
  check(ctx) {
    const model = ctx.model;
    const last = model.stages.length - 1;
    // a stage matters when it is shipped (the last one) or another stage builds FROM it
    const parents = new Set<number>();
    for (const s of model.stages) if (s.baseStage !== null) parents.add(s.baseStage);
    for (const site of runSites(model)) {
      const cmds = site.commands.map((c) => c.cmd);
      if (!cmds.some((c) => cmdHasArgs(c, ['yarn'], ['install']))) continue;
      if (cmds.some((c) => c.base === 'yarn' && c.args.includes('cache') && c.args.includes('clean'))) continue;
      const stage = site.ins.stageIndex;
      if (!site.onbuild && stage >= 0 && stage !== last && !parents.has(stage)) continue;
      ctx.report({
        span: site.ins.span,
        message: 'yarn install leaves its package cache in this layer: add `yarn cache clean` to the same RUN.',
        fix: appendToRun(site, 'yarn cache clean', 'Append `yarn cache clean`'),
      });
    }
  },
};
