import type { Rule } from '../types';
import type { Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { positionalArgs, flagValues } from '../../shell/query';
import { runSites } from '../correctness/_run-scan';

/** The dependency install a command performs, with the manifest files it needs, or null. */
export function dependencyInstall(cmd: ShellCommand): { tool: string; manifests: string } | null {
  const sub = positionalArgs(cmd, ['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url'])[0] ?? null;
  const b = cmd.base;
  if (/^pip[0-9.]*$/.test(b) && cmd.args[0] === 'install') {
    const req = flagValues(cmd, '-r', '--requirement');
    if (req.length) return { tool: `${b} install -r`, manifests: req.join(' and ') };
    return null;
  }
  if (/^python[0-9.]*$/.test(b) && cmd.args[0] === '-m' && /^pip$/.test(cmd.args[1] ?? '') && cmd.args[2] === 'install') {
    const i = cmd.args.findIndex((a) => a === '-r' || a === '--requirement');
    if (i > 0 && cmd.args[i + 1]) return { tool: 'pip install -r', manifests: cmd.args[i + 1] };
    return null;
  }
  if (b === 'npm' && (sub === 'ci' || ((sub === 'install' || sub === 'i') && positionalArgs(cmd).length === 1))) return { tool: `npm ${sub}`, manifests: 'package.json and package-lock.json' };
  if (b === 'yarn' && (cmd.args.length === 0 || sub === 'install' || (sub === null && cmd.args.every((a) => a.startsWith('-'))))) return { tool: 'yarn install', manifests: 'package.json and yarn.lock' };
  if (b === 'pnpm' && (sub === 'install' || sub === 'i') && positionalArgs(cmd).length === 1) return { tool: 'pnpm install', manifests: 'package.json and pnpm-lock.yaml' };
  if (b === 'go' && cmd.args[0] === 'mod' && cmd.args[1] === 'download') return { tool: 'go mod download', manifests: 'go.mod and go.sum' };
  if (b === 'bundle' && (sub === 'install' || cmd.args.length === 0)) return { tool: 'bundle install', manifests: 'Gemfile and Gemfile.lock' };
  if (b === 'composer' && sub === 'install') return { tool: 'composer install', manifests: 'composer.json and composer.lock' };
  if (b === 'poetry' && sub === 'install') return { tool: 'poetry install', manifests: 'pyproject.toml and poetry.lock (with --no-root)' };
  if (b === 'pipenv' && sub === 'install') return { tool: 'pipenv install', manifests: 'Pipfile and Pipfile.lock' };
  if (b === 'uv' && sub === 'sync') return { tool: 'uv sync', manifests: 'pyproject.toml and uv.lock (with --no-install-project)' };
  if ((b === 'mvn' || b === 'mvnw') && cmd.args.some((a) => /^dependency:(?:go-offline|resolve)/.test(a))) return { tool: 'mvn dependency:go-offline', manifests: 'pom.xml' };
  if (b === 'dotnet' && sub === 'restore') return { tool: 'dotnet restore', manifests: 'the *.csproj files' };
  return null;
}

/** COPY/ADD of the whole build context (`.` or `./` as a source), not from another stage. */
export function copiesWholeContext(ins: Instruction): boolean {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return false;
  if (ins.flags.some((f) => f.name.toLowerCase() === 'from') || ins.heredocs.length) return false;
  const words = ins.json ?? ins.words.map((w) => w.value);
  return words.slice(0, -1).some((s) => s === '.' || s === './' || s === '*');
}

export const rule: Rule = {
  id: 'copy-all-before-dependency-install',
  title: 'Whole source tree copied before installing dependencies',
  category: 'cache',
  severity: 'info',
  aliases: [],
  lesson: 'layers',
  explanation:
    'Docker reuses a cached layer only while everything copied before it is unchanged. With COPY . . above the dependency install, editing any source file invalidates the install layer, so every build downloads and installs every dependency again. Copy only the dependency manifests, install, and copy the rest of the sources afterwards.',
  examples: {
    bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
    good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
  },
  check(ctx) {
    const { model } = ctx;
    const sites = [...runSites(model)].filter((s) => !s.onbuild);
    for (const stage of model.stages) {
      for (const ins of stage.instructions) {
        if (!copiesWholeContext(ins)) continue;
        const site = sites.find((s) => s.run.stageIndex === stage.index && s.run.index > ins.index && s.commands.some(({ cmd }) => dependencyInstall(cmd)));
        if (!site) continue;
        const dep = site.commands.map(({ cmd }) => dependencyInstall(cmd)).find((d) => d)!;
        // Dependencies already installed from the manifests above the COPY (uv sync --no-install-project, then
        // uv sync): the later run only adds the project itself, which is the recommended layering.
        const earlier = sites.some(
          (s) => s.run.stageIndex === stage.index && s.run.index < ins.index && s.commands.some(({ cmd }) => dependencyInstall(cmd)?.tool === dep.tool),
        );
        if (earlier) continue;
        ctx.report({
          span: ins.span,
          message: `Every source change invalidates the cache here, so '${dep.tool}' on line ${site.ins.span.start.line} reinstalls all dependencies on each build: copy ${dep.manifests} first, install, then copy the rest.`,
        });
      }
    }
  },
};
