import type { Rule } from '../types';
import type { DockerfileModel, Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { runSites, stageAncestry } from '../correctness/_run-scan';
import { shippedStages } from './_stages';

function omitsDev(cmd: ShellCommand): boolean {
  const a = cmd.args;
  if (a.includes('--production') || a.includes('--omit=dev') || a.includes('--only=prod') || a.includes('--only=production')) return true;
  const omit = a.indexOf('--omit');
  if (omit >= 0 && a[omit + 1] === 'dev') return true;
  // global installs have no dev dependencies to skip
  return a.includes('-g') || a.includes('--global');
}

function nodeEnvProduction(model: DockerfileModel, ins: Instruction): boolean {
  const stage = model.stages[ins.stageIndex];
  if (!stage) return false;
  const sets = (list: Instruction[]) => list.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'NODE_ENV' && p.value === 'production'));
  return sets(stage.instructions.filter((i) => i.index < ins.index)) || stageAncestry(model, stage).some((s) => sets(s.instructions));
}

export const rule: Rule = {
  id: 'npm-install-dev-dependencies',
  title: 'npm install/ci also installs devDependencies',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3062'],
  lesson: 'multi-stage',
  explanation:
    'npm install and npm ci install devDependencies too: test runners, bundlers, linters and type definitions that the running app never loads, often the bigger half of node_modules. In the image you ship, pass --omit=dev (or build in one stage and copy the result into a stage that installs with --omit=dev).',
  examples: {
    bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci',
    good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev',
  },
  check(ctx) {
    const shipped = shippedStages(ctx.model);
    for (const site of runSites(ctx.model)) {
      // A builder stage needs its devDependencies (bundlers, compilers) and is not shipped.
      if (site.ins.stageIndex >= 0 && !shipped.has(site.ins.stageIndex)) continue;
      const rc = site.commands.find(({ cmd }) => cmd.base === 'npm' && (cmd.args.includes('install') || cmd.args.includes('ci')) && !omitsDev(cmd));
      if (!rc) continue;
      if (rc.cmd.assignments.some((a) => a.name === 'NODE_ENV' && a.value === 'production')) continue;
      if (!site.onbuild && nodeEnvProduction(ctx.model, site.ins)) continue;
      ctx.report({ span: site.ins.span, message: 'npm also installs devDependencies here: add --omit=dev where the app only needs runtime dependencies.' });
    }
  },
};
