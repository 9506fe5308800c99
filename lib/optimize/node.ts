/** Node facts shared by the npm passes and the Node multi-stage pass. */
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { subcommandWord } from './edit';
import { repoName, tagVersion } from './facts';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'package*.json'];

/** True when a COPY before `ins` in the stage copies the npm lockfile by name (or with the usual package*.json). */
export function lockfileCopied(stage: Stage, ins: Instruction): boolean {
  return stage.instructions.some((i) => {
    if (i.index >= ins.index || (i.keyword !== 'COPY' && i.keyword !== 'ADD')) return false;
    if (i.flags.some((f) => f.name.toLowerCase() === 'from')) return false;
    const args = i.json ?? i.words.map((w) => w.value);
    return args.slice(0, -1).some((a) => LOCKFILES.includes(a.replace(/^\.\//, '')));
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
