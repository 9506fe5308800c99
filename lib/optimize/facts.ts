/** What passes need to know about commands and base images. */
import type { DockerfileModel, EmbeddedScript, Instruction, Stage } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { APT, commandsOf, editableScript, isAptInstall, runtimeStages, subcommandWord } from './edit';

/** Commands whose effect lasts beyond themselves in the same shell (so joining RUNs with && would change what follows). */
const STATEFUL = new Set(['cd', 'pushd', 'popd', 'export', 'set', 'source', '.', 'unset', 'umask', 'ulimit', 'exit', 'exec', 'alias', 'shopt', 'trap', 'readonly', 'declare', 'typeset', 'local', 'return', 'eval', 'newgrp', 'su']);

/** True when appending `&& more` to this script runs `more` exactly as a separate RUN would. */
export function safeToAppend(embedded: EmbeddedScript): boolean {
  const { script } = embedded;
  if (!script.root || script.errors.length) return false;
  const src = script.source;
  let end = src.length;
  while (end > 0 && /\s/.test(src[end - 1])) end--;
  if (script.root.end < end) return false; // something the parser skipped
  const lastEnd = Math.max(0, ...script.commands.map((c) => c.end));
  if (src.slice(lastEnd, end).includes('#')) return false; // a trailing shell comment would swallow what is appended
  const last = src[end - 1];
  if (last === ';' || last === '&' || last === '|' || last === '\\') return false;
  for (const cmd of script.commands) {
    if (cmd.context.includes('background')) return false;
    if (cmd.context.length === 0 && (STATEFUL.has(cmd.base) || (cmd.name === '' && cmd.assignments.length > 0))) return false;
  }
  if (embedded.origin === 'shell' && src.includes('<<')) return false; // here-documents end on their own line
  return true;
}

export type Manager = 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

export function managerOf(cmd: ShellCommand): Manager | null {
  if (APT.has(cmd.base)) return 'apt';
  if (cmd.base === 'apk') return 'apk';
  if (cmd.base === 'yum') return 'yum';
  if (cmd.base === 'dnf') return 'dnf';
  if (cmd.base === 'microdnf') return 'microdnf';
  if (cmd.base === 'zypper') return 'zypper';
  return null;
}

export function managerVerb(cmd: ShellCommand): string | null {
  return subcommandWord(cmd)?.value ?? null;
}

export function isInstall(cmd: ShellCommand): boolean {
  const m = managerOf(cmd);
  if (!m) return false;
  const v = managerVerb(cmd);
  return m === 'apk' ? v === 'add' : v === 'install' || (m === 'zypper' && v === 'in');
}

export function isUpdate(cmd: ShellCommand): boolean {
  const m = managerOf(cmd);
  const v = managerVerb(cmd);
  return !!m && (v === 'update' || v === 'makecache' || (m === 'zypper' && (v === 'refresh' || v === 'ref')));
}

function rmTargets(cmd: ShellCommand): string[] | null {
  if (cmd.base !== 'rm') return null;
  return cmd.args.filter((a) => !a.startsWith('-'));
}

const CLEAN_PATHS: [string, string][] = [
  ['/var/lib/apt/lists', 'apt'],
  ['/var/cache/apt', 'apt'],
  ['/var/cache/apk', 'apk'],
  ['/var/cache/yum', 'yum'],
  ['/var/cache/dnf', 'dnf'],
  ['/root/.cache/pip', 'pip'],
  ['~/.cache/pip', 'pip'],
  ['/root/.npm', 'npm'],
  ['~/.npm', 'npm'],
];

/** Files that say where packages come from: apt, apk, yum/dnf and zypper sources. */
const PACKAGE_SOURCES = /^(\/etc\/apt\/sources\.list|\/etc\/apt\/trusted\.gpg|\/etc\/apk\/repositories|\/etc\/yum\.repos\.d\/|\/etc\/zypp\/repos\.d\/)/;

/** True when a path names one of the package-source files above. */
export function isPackageSourcePath(path: string): boolean {
  return PACKAGE_SOURCES.test(path);
}

/**
 * True when the command adds or changes where packages come from: a vendor repository (Microsoft,
 * NodeSource, Yarn, PGDG), a mirror, or a signing key. Packages installed after it may exist only
 * there, so a stage that does not repeat it cannot install them.
 */
export function changesPackageSources(cmd: ShellCommand): boolean {
  if (['add-apt-repository', 'apt-add-repository', 'apt-key', 'yum-config-manager'].includes(cmd.base)) return true;
  if ((cmd.base === 'dnf' || cmd.base === 'yum') && cmd.args.includes('config-manager')) return true;
  if (cmd.base === 'zypper' && (cmd.args.includes('ar') || cmd.args.includes('addrepo'))) return true;
  if (cmd.redirects.some((r) => !r.op.startsWith('<') && r.target && isPackageSourcePath(r.target.value))) return true;
  if (['tee', 'cp', 'mv', 'ln', 'sed', 'install', 'curl', 'wget'].includes(cmd.base) && cmd.args.some(isPackageSourcePath)) return true;
  // `curl -fsSL https://deb.nodesource.com/setup_20.x | bash -`: vendor set-up scripts add their repository
  return (cmd.base === 'bash' || cmd.base === 'sh') && cmd.pipeline.index > 0 && cmd.args.every((a) => a.startsWith('-'));
}

/** True when `cmd` is an rm that deletes `dir` or something under it (`rm -rf /var/lib/apt/lists/* /usr/share/doc`), or a folder that holds it. */
export function removesUnder(cmd: ShellCommand, dir: string): boolean {
  const targets = rmTargets(cmd);
  return !!targets && targets.some((t) => t === dir || t.startsWith(dir + '/') || (t.length > 1 && dir.startsWith(t.replace(/\/+$/, '') + '/')));
}

/** The tool whose leftovers a clean-up command removes (apt, apk, yum, dnf, pip, npm), or null when it is not a clean-up. */
export function cleanupTool(cmd: ShellCommand): string | null {
  const targets = rmTargets(cmd);
  if (targets) {
    if (!targets.length) return null;
    let tool: string | null = null;
    for (const t of targets) {
      const hit = CLEAN_PATHS.find(([p]) => t === p || t.startsWith(p + '/'));
      if (!hit || (tool && tool !== hit[1])) return null;
      tool = hit[1];
    }
    return tool;
  }
  const m = managerOf(cmd);
  const v = managerVerb(cmd);
  if (m && (v === 'clean' || v === 'autoclean' || (m === 'apt' && v === 'autoremove'))) return m === 'microdnf' ? 'dnf' : m;
  if (cmd.base === 'apk' && v === 'cache' && cmd.args.includes('clean')) return 'apk';
  if ((cmd.base === 'pip' || cmd.base === 'pip3') && v === 'cache') return 'pip';
  if (cmd.base === 'npm' && v === 'cache') return 'npm';
  return null;
}

/** Which tools a command uses, for matching clean-ups to the layer that made the files. */
export function toolOf(cmd: ShellCommand): string | null {
  const m = managerOf(cmd);
  if (m) return m === 'microdnf' ? 'dnf' : m;
  if (isPip(cmd)) return 'pip';
  if (cmd.base === 'npm') return 'npm';
  return null;
}

export function isPip(cmd: ShellCommand): boolean {
  if (/^pip(\d+(\.\d+)?)?$/.test(cmd.base)) return true;
  return /^python(\d+(\.\d+)?)?$/.test(cmd.base) && cmd.args[0] === '-m' && cmd.args[1] === 'pip';
}

/** The `install` word of a pip install command, or null. */
export function pipInstallWord(cmd: ShellCommand): import('../shell/types').ShellWord | null {
  if (!isPip(cmd)) return null;
  const start = cmd.base.startsWith('python') ? 3 : 1;
  for (let i = start; i < cmd.argv.length; i++) {
    const v = cmd.argv[i].value;
    if (v.startsWith('-')) continue;
    return v === 'install' ? cmd.argv[i] : null;
  }
  return null;
}

export function runCommands(model: DockerfileModel, ins: Instruction): ShellCommand[] {
  const s = editableScript(model, ins);
  return s ? commandsOf(s) : [];
}

export function hasCacheMount(ins: Instruction, targetPrefix?: string): boolean {
  return ins.flags.some((f) => f.name.toLowerCase() === 'mount' && /type=cache/.test(f.value ?? '') && (!targetPrefix || (f.value ?? '').includes(targetPrefix)));
}

/** Packages named by an install command (words after the verb that are not options or option values). */
export function installedPackages(cmd: ShellCommand): string[] {
  const verb = subcommandWord(cmd);
  if (!verb) return [];
  const i = cmd.argv.indexOf(verb);
  const out: string[] = [];
  for (let j = i + 1; j < cmd.argv.length; j++) {
    const v = cmd.argv[j].value;
    if (v === '-o' || v === '-t' || v === '--target-release' || v === '--virtual' || v === '-t' || v === '--repository' || v === '-X') {
      j++;
      continue;
    }
    if (!v.startsWith('-')) out.push(v.replace(/[=<>].*$/, ''));
  }
  return out;
}

// ---------------------------------------------------------------- base images

export type Family = 'debian' | 'alpine' | 'distroless' | 'scratch' | 'rhel' | 'chainguard' | 'unknown';

/** Official Docker Hub images built on Debian (or Ubuntu) unless their tag says otherwise. */
const DEBIAN_OFFICIAL = new Set([
  'python', 'node', 'ruby', 'golang', 'rust', 'php', 'openjdk', 'eclipse-temurin', 'maven', 'gradle', 'debian', 'ubuntu',
  'buildpack-deps', 'perl', 'r-base', 'julia', 'elixir', 'erlang', 'haskell', 'swift', 'clojure', 'groovy', 'nginx', 'httpd',
  'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'tomcat', 'jetty', 'amazoncorretto', 'sapmachine', 'ibmjava', 'dart', 'gcc', 'pypy',
]);

export function repoName(stage: Stage): string {
  return stage.image.repository.replace(/^library\//, '').toLowerCase();
}

export function isDockerHub(stage: Stage): boolean {
  return !stage.image.registry || /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/.test(stage.image.registry);
}

export function familyOf(model: DockerfileModel, stage: Stage): Family {
  if (stage.isScratch) return 'scratch';
  if (stage.baseStage !== null) return familyOf(model, model.stages[stage.baseStage]);
  if (stage.image.unresolved) return 'unknown';
  const repo = repoName(stage);
  const tag = (stage.image.tag ?? '').toLowerCase();
  const reg = stage.image.registry ?? '';
  if (reg === 'gcr.io' && repo.startsWith('distroless/')) return 'distroless';
  if (reg === 'cgr.dev') return 'chainguard';
  if (reg.includes('redhat') || repo.includes('ubi') || ['centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux'].includes(repo)) return 'rhel';
  if (repo === 'alpine' || tag.includes('alpine')) return 'alpine';
  // UBI, Amazon Linux and Oracle Linux variants of Java images (no useradd in the minimal ones)
  if (/(^|-)(ubi\d*|ubi\d*-minimal|al2\d*|amazonlinux\d*|oraclelinux\d*|oracle)(-|$)/.test(tag) || repo === 'amazoncorretto') return 'rhel';
  // openjdk:17 and later without a Debian variant word are Oracle Linux images, as are the maven tags built on them
  if (repo === 'openjdk' && /^(1[7-9]|2\d)(\.[\d.]+)?(-ea[\w-]*)?(-jdk)?(-oracle\w*)?$/.test(tag)) return 'rhel';
  if (repo === 'maven' && /(^|-)openjdk-(1[7-9]|2\d)(-jdk)?$/.test(tag)) return 'rhel';
  if (isDockerHub(stage) && (DEBIAN_OFFICIAL.has(repo) || repo === 'ubuntu')) {
    if (tag.includes('windows') || tag.includes('nanoserver') || tag.includes('servercore')) return 'unknown';
    return 'debian';
  }
  return 'unknown';
}

/** The leading version of a tag: `3.9-slim` -> [3, 9]. */
export function tagVersion(tag: string | null): number[] | null {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(tag ?? '');
  return m ? m[1].split('.').map(Number) : null;
}

/** The stage's instructions of a keyword. */
export function ofKind(stage: Stage, ...keywords: string[]): Instruction[] {
  return stage.instructions.filter((i) => keywords.includes(i.keyword));
}

/** Stages that build on `stage` (directly or not), the stage itself included. */
export function descendants(model: DockerfileModel, stage: Stage): Stage[] {
  const out = [stage];
  for (const s of model.stages) {
    if (s.baseStage !== null && out.some((o) => o.index === s.baseStage) && !out.includes(s)) out.push(s);
  }
  return out;
}

/** An apt install in a RUN of a shipped stage that a pass can append clean-up commands to. */
export interface AppendableAptInstall {
  stage: Stage;
  ins: Instruction;
  script: EmbeddedScript;
  cmds: ShellCommand[];
  /** index in `cmds` of the first apt-get install */
  installAt: number;
}

/** The RUNs of the shipped image that install apt packages and can take more commands at their end. */
export function* appendableAptInstalls(model: DockerfileModel, target: string | null | undefined): Generator<AppendableAptInstall> {
  const shipped = runtimeStages(model, target);
  for (const stage of model.stages) {
    if (!shipped.has(stage.index)) continue;
    for (const ins of stage.instructions) {
      const script = editableScript(model, ins);
      if (!script || !safeToAppend(script)) continue;
      const cmds = commandsOf(script);
      const installAt = cmds.findIndex(isAptInstall);
      if (installAt >= 0) yield { stage, ins, script, cmds, installAt };
    }
  }
}

/** Debian releases whose suites are gone from deb.debian.org (moved to archive.debian.org): apt-get update fails with 404 */
export const DEBIAN_GONE_FROM_MIRRORS: ReadonlySet<string> = new Set(['jessie', 'stretch', 'buster']);
