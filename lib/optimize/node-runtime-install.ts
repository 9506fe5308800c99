/**
 * The runtime half of a yarn or pnpm multi-stage build: what a runtime stage must repeat so its
 * production-only install reads the same manifests, lockfile and config with the same package
 * manager as the user's install, or null when the Dockerfile does not show enough to be sure.
 */
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { commandsOf, editableScript, subcommandWord } from './edit';
import { workdirAt } from './multistage';
import { installsBuildTools, isManagerSetup, lockfileCopied, NODE_PACKAGE_MANAGERS, yarnBerrySigns, type NodePackageManager } from './node';

export interface RuntimeInstall {
  /** RUNs before the install that only make the package manager available, repeated as written */
  setupRuns: Instruction[];
  /** COPY/ADD before the install: the manifests, lockfile and config files it reads */
  manifestCopies: Instruction[];
  /** set-up commands the user wrote in the install's own RUN, repeated before the runtime install */
  inlineSetup: string[];
  /** the production-only install */
  install: string;
  /** the cache clean-up that follows it in the same RUN */
  cacheClean: string | null;
}

/** The runtime stage's install RUN, as commands. */
export function runtimeInstallCommands(plan: RuntimeInstall): string[] {
  return [...plan.inlineSetup, plan.install, ...(plan.cacheClean ? [plan.cacheClean] : [])];
}

export interface InstallSite {
  install: Instruction;
  cmd: ShellCommand;
  manager: NodePackageManager;
  /** the user's flags the runtime install repeats */
  kept: string[];
}

/** npm commands that change the project's dependencies or the registry config a yarn/pnpm install would read. */
const NPM_PROJECT_VERBS = /^(install|i|add|ci|clean-install|config|set|link|ln|uninstall|remove|rm|un|update|up|upgrade)$/;

function npmTouchesProject(cmd: ShellCommand): boolean {
  if (cmd.base !== 'npm' || !NPM_PROJECT_VERBS.test(subcommandWord(cmd)?.value ?? '')) return false;
  return !cmd.args.some((a) => a === '-g' || a === '--global');
}

/** package.json files below the root or a pnpm workspace file: a workspace the pass does not try to repeat. */
const WORKSPACE_FILE = /(^|\/)pnpm-workspace\.yaml$|.\/package\.json$/;

function copySources(ins: Instruction): string[] {
  return (ins.json ?? ins.words.map((w) => w.value)).slice(0, -1);
}

/** The one RUN that installs the project's dependencies, with its package manager; null when there is not exactly one or it is not understood. */
export function findInstall(model: DockerfileModel, list: readonly Instruction[]): InstallSite | null {
  const found: InstallSite[] = [];
  for (const ins of list) {
    const s = editableScript(model, ins);
    if (!s) continue;
    for (const cmd of commandsOf(s)) {
      for (const manager of NODE_PACKAGE_MANAGERS) {
        const form = manager.read(cmd);
        if (form === 'unsupported') return null;
        if (form) found.push({ install: ins, cmd, manager, kept: form.kept });
      }
    }
  }
  if (!found.length || found.some((f) => f.install !== found[0].install || f.manager !== found[0].manager)) return null;
  return found[0];
}

export function planRuntimeInstall(model: DockerfileModel, stage: Stage, site: InstallSite, lastBuild: Instruction, workdir: string): RuntimeInstall | null {
  const { install, cmd, manager, kept } = site;
  if (!manager.productionInstall) return null;
  const list = stage.instructions.slice(1);
  const others = NODE_PACKAGE_MANAGERS.filter((m) => m !== manager && m.name !== 'npm').map((m) => m.name);
  if (list.some((i) => i.keyword === 'RUN' && others.some((o) => new RegExp(`\\b${o}\\b`).test(i.argsText)))) return null;
  if (!lockfileCopied(stage, install, manager.lockfiles)) return null;
  if (manager.name === 'yarn' && yarnBerrySigns(model, stage)) return null;
  // a secret or bind mount (registry credentials, say) would be missing from the runtime install
  if (install.flags.some((f) => f.name.toLowerCase() === 'mount' && !/(^|,)type=cache(,|$)/.test(f.value ?? ''))) return null;

  const manifestCopies = list.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.index < install.index);
  for (const copy of manifestCopies) {
    const sources = copySources(copy).map((s) => s.replace(/^\.\/(?=.)/, ''));
    if (sources.some((s) => s === '.' || s === './' || WORKSPACE_FILE.test(s))) return null;
    if (workdirAt(stage, copy) !== workdir) return null;
  }

  const setupRuns: Instruction[] = [];
  const inlineSetup: string[] = [];
  for (const ins of list) {
    if (ins.index > lastBuild.index) break;
    if (ins.keyword !== 'RUN') continue;
    const s = editableScript(model, ins)!;
    const cmds = commandsOf(s);
    if (cmds.some(npmTouchesProject) || installsBuildTools(model, ins)) return null;
    // files the build writes into node_modules (a generated Prisma client) are not in the runtime's fresh install
    if (ins.index >= install.index && /node_modules|\bprisma\b/.test(ins.argsText)) return null;
    const setup = cmds.filter((c) => isManagerSetup(c, manager.name));
    if (!setup.length) continue;
    if (ins === install) {
      if (setup.some((c) => c.start > cmd.start || c.context.length || c.pipeline.length > 1)) return null;
      inlineSetup.push(...setup.map((c) => s.script.source.slice(c.start, c.end)));
    } else if (setup.length === cmds.length && ins.index < install.index) setupRuns.push(ins);
    else return null;
  }
  // pnpm is not in the node images: without a set-up the pass can repeat, the runtime would have no pnpm
  if (manager.name === 'pnpm' && !setupRuns.length && !inlineSetup.length) return null;

  return { setupRuns, manifestCopies, inlineSetup, install: manager.productionInstall(kept), cacheClean: manager.cacheClean };
}
