/** Node facts shared by the npm passes and the Node multi-stage pass. */
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { commandsOf, editableScript, subcommandWord } from './edit';
import { installedPackages, isInstall, repoName, tagVersion } from './facts';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'package*.json'];

/** True when a COPY before `ins` in the stage copies the lockfile by name (for npm also with the usual package*.json). */
export function lockfileCopied(stage: Stage, ins: Instruction, lockfiles: readonly string[] = LOCKFILES): boolean {
  return stage.instructions.some((i) => {
    if (i.index >= ins.index || (i.keyword !== 'COPY' && i.keyword !== 'ADD')) return false;
    if (i.flags.some((f) => f.name.toLowerCase() === 'from')) return false;
    const args = i.json ?? i.words.map((w) => w.value);
    return args.slice(0, -1).some((a) => lockfiles.includes(a.replace(/^\.\//, '')));
  });
}

/** `npm install` / `npm i` with no package names (installs what package.json lists). */
export function isPlainNpmInstall(cmd: ShellCommand): boolean {
  if (cmd.base !== 'npm') return false;
  const verb = subcommandWord(cmd);
  if (!verb || (verb.value !== 'install' && verb.value !== 'i')) return false;
  const i = cmd.argv.indexOf(verb);
  return cmd.argv.slice(i + 1).every((w) => w.value.startsWith('-'));
}

export function isNpmCi(cmd: ShellCommand): boolean {
  return cmd.base === 'npm' && (subcommandWord(cmd)?.value === 'ci' || subcommandWord(cmd)?.value === 'clean-install');
}

/** The Node major version of the stage's base image when it is an official node image, else null. */
export function nodeMajor(model: DockerfileModel, stage: Stage): number | null {
  let s: Stage | null = stage;
  while (s && s.baseStage !== null) s = model.stages[s.baseStage];
  if (!s || repoName(s) !== 'node') return null;
  return tagVersion(s.image.tag)?.[0] ?? null;
}

export function omitsDev(cmd: ShellCommand): boolean {
  return cmd.args.some((a) => a === '--production' || a === '--prod' || a.startsWith('--omit=dev') || a === '--only=production' || a === '--only=prod' || (a === '--omit'));
}

// ------------------------------------------------------------ package managers of a Node build

/** What a plain dependency install of one package manager looks like, and how a runtime stage repeats it. */
export interface NodePackageManager {
  name: 'npm' | 'yarn' | 'pnpm';
  /**
   * The command's install form: `{ kept }` for an install of exactly what package.json and the
   * lockfile list (kept: the user's flags the runtime install repeats), 'unsupported' when it
   * installs or changes dependencies in a way the pass cannot repeat, null when it is no install.
   */
  read(cmd: ShellCommand): { kept: string[] } | 'unsupported' | null;
  /** one of these must be copied by name before the install for a runtime install to get the same tree */
  lockfiles: readonly string[];
  /** the production-only install of a runtime stage; null for npm, whose builder prunes its node_modules instead */
  productionInstall: ((kept: string[]) => string) | null;
  /** removes the download cache the install leaves in its layer; null when none is worth removing */
  cacheClean: string | null;
}

interface FlagRule {
  value?: boolean;
  /** the runtime install repeats it (false: the runtime install sets its own lockfile and production flags) */
  keep: boolean;
}

interface InstallSyntax {
  base: string;
  /** verbs of a plain install ('' for the bare command, as `yarn`) */
  verbs: readonly string[];
  /** verbs whose effect (package.json, lockfile, global tools, config) a runtime install would not see */
  unrepeatable: readonly string[];
  flags: Readonly<Record<string, FlagRule>>;
}

const KEEP: FlagRule = { keep: true };
const KEEP_VALUE: FlagRule = { keep: true, value: true };
const REPLACED: FlagRule = { keep: false };

const YARN_V1: InstallSyntax = {
  base: 'yarn',
  verbs: ['', 'install'],
  unrepeatable: ['add', 'remove', 'upgrade', 'up', 'upgrade-interactive', 'global', 'link', 'unlink', 'import', 'set', 'policies', 'config', 'workspace', 'workspaces', 'dlx', 'patch', 'patch-commit', 'generate-lock-entry', 'autoclean'],
  flags: {
    '--frozen-lockfile': REPLACED, '--pure-lockfile': REPLACED, '--production': REPLACED,
    '--ignore-engines': KEEP, '--ignore-optional': KEEP, '--ignore-platform': KEEP, '--ignore-scripts': KEEP, '--check-files': KEEP,
    '--network-timeout': KEEP_VALUE, '--network-concurrency': KEEP_VALUE,
    '--non-interactive': KEEP, '--silent': KEEP, '-s': KEEP, '--no-progress': KEEP, '--prefer-offline': KEEP, '--verbose': KEEP,
  },
};

const PNPM: InstallSyntax = {
  base: 'pnpm',
  verbs: ['install', 'i'],
  unrepeatable: ['add', 'remove', 'rm', 'uninstall', 'un', 'update', 'up', 'upgrade', 'link', 'ln', 'unlink', 'import', 'patch', 'patch-commit', 'config', 'set', 'dedupe', 'deploy', 'env', 'setup', 'self-update', 'install-test', 'it', 'ci'],
  flags: {
    '--frozen-lockfile': REPLACED, '--prod': REPLACED, '-P': REPLACED,
    '--ignore-scripts': KEEP, '--shamefully-hoist': KEEP, '--no-optional': KEEP, '--prefer-offline': KEEP,
    '--strict-peer-dependencies': KEEP, '--no-strict-peer-dependencies': KEEP, '--reporter': KEEP_VALUE, '--silent': KEEP, '-s': KEEP,
  },
};

/** Reads `cmd` as a plain install of `syntax`; any flag not in its table makes the install 'unsupported'. */
function readInstall(cmd: ShellCommand, syntax: InstallSyntax): { kept: string[] } | 'unsupported' | null {
  if (cmd.base !== syntax.base || cmd.args.some((a) => /^(--version|-v|--help|-h)$/.test(a))) return null;
  const kept: string[] = [];
  const positional: string[] = [];
  let understood = cmd.assignments.length === 0;
  let ambiguous = false;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    if (!word.literal || !word.value.startsWith('-')) {
      positional.push(word.literal ? word.value : '$');
      continue;
    }
    const eq = word.value.indexOf('=');
    const name = eq < 0 ? word.value : word.value.slice(0, eq);
    const rule = syntax.flags[name];
    if (!rule || (eq >= 0 && !rule.value)) {
      understood = false;
      // an unknown flag may take the next word as its value: which word is the verb is then unclear
      if (!positional.length) ambiguous = true;
      continue;
    }
    let text = word.value;
    if (rule.value && eq < 0) {
      const next = cmd.argv[++i];
      if (!next?.literal) understood = false;
      text += ` ${next?.value ?? ''}`;
    }
    if (rule.keep) kept.push(text);
  }
  if (ambiguous) return 'unsupported';
  const verb = positional[0] ?? '';
  if (syntax.unrepeatable.includes(verb)) return 'unsupported';
  if (!syntax.verbs.includes(verb)) return positional.some((p) => syntax.verbs.includes(p)) ? 'unsupported' : null;
  // packages named after the verb add to package.json: the runtime install would not have them
  return understood && positional.length <= 1 ? { kept } : 'unsupported';
}

export const NODE_PACKAGE_MANAGERS: readonly NodePackageManager[] = [
  {
    name: 'npm',
    read: (cmd) => (isNpmCi(cmd) || isPlainNpmInstall(cmd) ? { kept: [] } : null),
    lockfiles: LOCKFILES,
    productionInstall: null,
    cacheClean: null,
  },
  {
    name: 'yarn',
    read: (cmd) => readInstall(cmd, YARN_V1),
    lockfiles: ['yarn.lock'],
    productionInstall: (kept) => ['yarn install --frozen-lockfile --production', ...kept].join(' '),
    // yarn v1 keeps a copy of every package it downloaded in /usr/local/share/.cache/yarn
    cacheClean: 'yarn cache clean',
  },
  {
    name: 'pnpm',
    read: (cmd) => readInstall(cmd, PNPM),
    lockfiles: ['pnpm-lock.yaml'],
    productionInstall: (kept) => ['pnpm install --frozen-lockfile --prod', ...kept].join(' '),
    // node_modules hard-links the store's files in the same layer, so removing the store saves next to nothing
    cacheClean: null,
  },
];

/** Commands that make `manager` available: corepack, or a global npm install of it (pnpm is not in the node images). */
export function isManagerSetup(cmd: ShellCommand, manager: NodePackageManager['name']): boolean {
  if (cmd.base === 'corepack') return true;
  if (cmd.base !== 'npm' || !/^(install|i|add)$/.test(subcommandWord(cmd)?.value ?? '')) return false;
  if (!cmd.args.some((a) => a === '-g' || a === '--global')) return false;
  const names = cmd.args.filter((a) => !a.startsWith('-')).slice(1);
  return names.length > 0 && names.every((n) => n === manager || n.startsWith(`${manager}@`));
}

/**
 * Signs of Yarn 2+ ("berry"): its config or release files copied in, or corepack choosing a yarn
 * that is not 1.x (corepack without a version follows package.json's packageManager, which the
 * file does not show). Berry may link with Plug'n'Play instead of node_modules and keeps its
 * cache elsewhere, so a runtime install of it cannot be written safely from the Dockerfile alone.
 */
export function yarnBerrySigns(model: DockerfileModel, stage: Stage): boolean {
  for (const ins of stage.instructions) {
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const sources = (ins.json ?? ins.words.map((w) => w.value)).slice(0, -1);
      if (sources.some((s) => /(^|\/)\.yarn(rc\.yml)?(\/|$)/.test(s))) return true;
    }
    if (ins.keyword !== 'RUN') continue;
    const s = editableScript(model, ins);
    const corepack = s ? commandsOf(s).filter((c) => c.base === 'corepack') : [];
    if (corepack.length && !corepack.some((c) => c.args.some((a) => /^yarn@1(\.|$)/.test(a)))) return true;
    if (corepack.some((c) => c.args.some((a) => /^yarn@(?!1(\.|$))/.test(a)))) return true;
  }
  return false;
}

/** Build tools a dependency install uses itself (native modules, git dependencies): a runtime stage without them cannot repeat it. */
const INSTALL_TOOLS = /^(build-essential|build-base|gcc(-\d+)?|g\+\+(-\d+)?|make|cmake|python3?|git|node-gyp)$/;

export function installsBuildTools(model: DockerfileModel, ins: Instruction): boolean {
  const s = editableScript(model, ins);
  return !!s && commandsOf(s).some((c) => isInstall(c) && installedPackages(c).some((p) => INSTALL_TOOLS.test(p)));
}

/** The app uses Prisma (prisma generate, migrate deploy in the start command), whose query engine loads OpenSSL. */
export function usesPrisma(instructions: readonly Instruction[]): boolean {
  return instructions.some((i) => /\bprisma\b/.test(i.argsText));
}
