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

/** npm/npx/yarn/pnpm commands that normally need devDependencies: build scripts, tests, code generators. */
function needsDevDependencies(cmd: ShellCommand): boolean {
  if (cmd.base === 'npx') return true;
  if (cmd.base === 'npm') return cmd.args[0] === 'run' || cmd.args[0] === 'run-script' || cmd.args[0] === 'test' || cmd.args[0] === 'exec';
  return false;
}

/**
 * Start commands that need devDependencies: a dev server or watcher (nodemon, vite, ts-node ...), or a
 * binary run through npx (`npx nest start`, `npx prisma migrate deploy`), usually a devDependency.
 */
const DEV_START = /^(?:nodemon|ts-node|tsx|vite|ng|next|nuxt|react-scripts|npx|nest)$|^(?:npm|pnpm) run (?:dev|develop|watch|serve|test|start:dev)\b|^(?:yarn|pnpm)(?: run)? (?:dev|develop|watch|serve|start:dev)\b/;

export function startsDevServer(model: DockerfileModel, ins: Instruction): boolean {
  const stage = model.stages[ins.stageIndex];
  if (!stage) return false;
  for (const i of stage.instructions) {
    if (i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT') continue;
    const words = (i.json ?? i.words.map((w) => w.value)).flatMap((w) => w.split(/[\s;&|()'"]+/)).filter(Boolean);
    for (let k = 0; k < words.length; k++) {
      // node -r ts-node/register, --loader tsx, --require @babel/register: a devDependency loads the code
      if (/^(ts-node|tsx|@babel\/register|babel-register|babel-node|@swc-node\/register|esbuild-register)(\/|$)/.test(words[k])) return true;
      const w = words[k].split('/').pop() ?? words[k];
      if (DEV_START.test(w) || DEV_START.test(`${w} ${words[k + 1] ?? ''} ${words[k + 2] ?? ''}`.trim())) return true;
    }
  }
  return false;
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
    const sites = [...runSites(ctx.model)];
    for (const site of sites) {
      // A builder stage needs its devDependencies (bundlers, compilers) and is not shipped.
      if (site.ins.stageIndex >= 0 && !shipped.has(site.ins.stageIndex)) continue;
      const at = site.commands.findIndex(({ cmd }) => cmd.base === 'npm' && (cmd.args.includes('install') || cmd.args.includes('ci')) && !omitsDev(cmd));
      if (at < 0) continue;
      const rc = site.commands[at];
      // `npm run build` / `npx prisma generate` later in this stage needs the devDependencies: --omit=dev would break it
      // (the fix there is a build stage, which multi-stage rules suggest); a dev-server image needs them to start.
      if (!site.onbuild) {
        const later = [
          ...site.commands.slice(at + 1),
          ...sites.filter((o) => !o.onbuild && o.ins.stageIndex === site.ins.stageIndex && o.ins.index > site.ins.index).flatMap((o) => o.commands),
        ];
        if (later.some(({ cmd }) => needsDevDependencies(cmd))) continue;
        if (startsDevServer(ctx.model, site.ins)) continue;
      }
      if (rc.cmd.assignments.some((a) => a.name === 'NODE_ENV' && a.value === 'production')) continue;
      if (!site.onbuild && nodeEnvProduction(ctx.model, site.ins)) continue;
      ctx.report({ span: site.ins.span, message: 'npm also installs devDependencies here: add --omit=dev where the app only needs runtime dependencies.' });
    }
  },
};
