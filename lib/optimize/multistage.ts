/**
 * Shared machinery of the structural passes: recognising a single-stage build they can split,
 * carrying the user's instructions (with their comments and casing) into the new stages, and
 * the runtime packages a builder's apt installs imply.
 */
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import type { TextEdit } from '../types';
import { commandsOf, editableScript, kw, styleOf, type Style } from './edit';
import { installedPackages, isInstall, isUpdate, cleanupTool, managerOf, familyOf, repoName, changesPackageSources, isPackageSourcePath } from './facts';
import { aptRuntimeLibs, inBothReleases, runtimePackagesOf } from './distro-libraries';

/** Instructions that only describe the image (they belong to the runtime stage). */
export const METADATA = new Set(['LABEL', 'MAINTAINER', 'EXPOSE', 'VOLUME', 'USER', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'ONBUILD', 'SHELL']);
/** Instructions both stages need, in their original order. */
export const SHARED = new Set(['ARG', 'ENV', 'WORKDIR']);

/** The one stage of a single-stage file the structural passes may rewrite, or null. */
export function singleStage(model: DockerfileModel): Stage | null {
  if (model.stages.length !== 1 || model.parseDiagnostics.length) return null;
  const stage = model.stages[0];
  if (stage.isScratch || stage.image.unresolved || stage.image.digest || stage.name !== null || stage.platform) return null;
  for (const ins of stage.instructions) {
    if (!ins.known || ins.keyword === 'ONBUILD' || ins.keyword === 'SHELL') return null;
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && (ins.flags.some((f) => f.name.toLowerCase() === 'from') || ins.heredocs.length)) return null;
    if (ins.keyword === 'RUN' && !editableScript(model, ins)) return null;
    if (ins.keyword === 'USER') return null; // the review pass decides users in the runtime stage
  }
  return stage;
}

/** The instruction as the user wrote it, with the comment lines directly above it. */
/**
 * The file's only stage when it is built on a tagged Docker Hub official image `repo` of the
 * Debian or Alpine family: the starting point every ecosystem's multi-stage split needs.
 */
export function officialSingleStage(model: DockerfileModel, repo: string): { stage: Stage; tag: string; family: 'debian' | 'alpine' } | null {
  const stage = singleStage(model);
  if (!stage || repoName(stage) !== repo || !stage.image.tag || stage.image.registry) return null;
  const family = familyOf(model, stage);
  if (family !== 'debian' && family !== 'alpine') return null;
  return { stage, tag: stage.image.tag, family };
}

export function source(model: DockerfileModel, ins: Instruction): string {
  const start = ins.leadingComments.length ? ins.leadingComments[0].span.startOffset : ins.span.startOffset;
  // the comment span starts at '#': take the line's indentation away too
  return model.text.slice(start, ins.span.endOffset).replace(/\r$/, '');
}

/** The text of a stage from its FROM (and the comments above it) to the end of the file. */
export function stageRange(model: DockerfileModel, stage: Stage): { start: number; end: number } {
  const from = stage.from;
  const start = from.leadingComments.length ? from.leadingComments[0].span.startOffset : from.span.startOffset;
  // comments after the last instruction (a commented-out CMD) stay where they are, after the new stages
  const last = stage.instructions[stage.instructions.length - 1];
  let end = last ? last.span.endOffset : model.text.length;
  while (end > start && /\s/.test(model.text[end - 1])) end--;
  return { start, end };
}

/** Builds the replacement text of a stage, line by line. */
export class Writer {
  private readonly lines: string[] = [];
  /** consecutive WORKDIR lines just written: where each left the working directory, and its line */
  private workdirs: { dir: string; at: number }[] = [];
  constructor(readonly style: Style) {}
  kw(keyword: string): string {
    return kw(this.style, keyword);
  }
  line(text: string): this {
    const m = /^\s*workdir\s+(\S+)\s*$/i.exec(text);
    if (!m || /[$"'\[]/.test(m[1])) {
      this.workdirs = [];
      this.lines.push(text);
      return this;
    }
    // a runtime stage repeats the builder's WORKDIRs, among them the round trips that replaced
    // `cd sub && ...` (WORKDIR sub, WORKDIR /app): back where an earlier one of the same run
    // left off, the lines in between change nothing but make directories, dropped here
    const before = this.workdirs.length ? this.workdirs[this.workdirs.length - 1].dir : '/?';
    const dir = resolvePath(before, m[1]);
    const again = this.workdirs.findIndex((w) => w.dir === dir);
    if (again >= 0) {
      this.lines.length = this.workdirs[again].at + 1;
      this.workdirs.length = again + 1;
      return this;
    }
    this.workdirs.push({ dir, at: this.lines.length });
    this.lines.push(text);
    return this;
  }
  blank(): this {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    return this;
  }
  /** a RUN of several commands in the file's continuation style */
  run(commands: string[]): this {
    const s = this.style;
    const text = s.leadingOps
      ? commands.join(` ${s.escape}${s.eol}${s.indent}&& `)
      : commands.join(` && ${s.escape}${s.eol}${s.indent}`);
    return this.line(`${this.kw('RUN')} ${text}`);
  }
  text(): string {
    return this.lines.join(this.style.eol);
  }
}

export function writerFor(model: DockerfileModel): Writer {
  return new Writer(styleOf(model));
}

/** The edit that replaces the stage with `text`. */
export function replaceStage(model: DockerfileModel, stage: Stage, text: string): TextEdit {
  const r = stageRange(model, stage);
  return { start: r.start, end: r.end, text };
}

/** Build tools and headers: only the builder needs them. */
const TOOLCHAIN = /^(build-essential|gcc(-\d+)?|g\+\+(-\d+)?|make|cmake|clang|llvm|autoconf|automake|libtool|pkg-config|pkgconf|musl-dev|linux-headers|build-base|python3?-dev|git|curl|wget|ca-certificates|gnupg2?|unzip|cargo|rustc|golang(-go)?|nodejs|npm|yarn|python3|python3-pip|python3-venv|python3-setuptools|python3-wheel|cython3?)$/;

/** Runtime libraries of the -dev packages seen most in Python and Node builds (Debian bookworm/trixie names). */
const DEV_RUNTIME: Record<string, string | null> = {
  'libpq-dev': 'libpq5',
  'default-libmysqlclient-dev': 'libmariadb3',
  'libmysqlclient-dev': 'libmariadb3',
  'libmariadb-dev': 'libmariadb3',
  'libmariadb-dev-compat': 'libmariadb3',
  'libxml2-dev': 'libxml2',
  'libxslt1-dev': 'libxslt1.1',
  'libxslt-dev': 'libxslt1.1',
  'libjpeg-dev': 'libjpeg62-turbo',
  'libjpeg62-turbo-dev': 'libjpeg62-turbo',
  'libpng-dev': 'libpng16-16',
  'libffi-dev': null, // libffi is in every Debian image
  'libssl-dev': null, // libssl is in every Debian image
  'zlib1g-dev': null,
  'libbz2-dev': null,
  'liblzma-dev': null,
  'libsqlite3-dev': 'libsqlite3-0',
  'libgomp1': 'libgomp1',
  'libvips-dev': 'libvips42',
  'libcairo2-dev': 'libcairo2',
  'libmagic-dev': 'libmagic1',
  'unixodbc-dev': 'unixodbc',
  'libgeos-dev': 'libgeos-c1v5',
  'libldap2-dev': 'libldap-2.5-0',
  'libsasl2-dev': 'libsasl2-2',
};

export interface AptSplit {
  /** packages the runtime stage must install */
  runtime: string[];
  /** -dev packages whose runtime library we do not know */
  unknownDev: string[];
  /** the RUN installs only toolchain/-dev packages (or nothing the runtime needs) */
  buildOnly: boolean;
  /** packages only the builder gets (toolchain and -dev packages) */
  build: string[];
  /**
   * a runtime package is installed after the stage added or changed a package source (a vendor
   * repository, a mirror): a runtime stage installing it from the stock sources would fail or get
   * another build, so the split cannot move it as a plain install
   */
  fromAddedSource: boolean;
  /** some package, runtime or build-only, is installed after such a change */
  afterSourceChange: boolean;
}

/** What a split needs to know about package names. */
export interface PackageRoles {
  /** the package is needed to build, never to run */
  buildOnly(pkg: string): boolean;
  /** the runtime packages of a -dev package ([] when the image already has them), or null when unknown */
  runtimeOf(dev: string): readonly string[] | null;
}

/** Roles on the language images (python, node, ruby...), which already carry the common C libraries. */
const LANGUAGE_IMAGE_ROLES: PackageRoles = {
  buildOnly: (p) => TOOLCHAIN.test(p),
  // the table's names are bookworm's; a tag like node:26 or ruby:4.0 is trixie, where some were renamed
  // (libvips42 -> libvips42t64): such a name counts only when both releases have it
  runtimeOf: (p) => {
    if (!(p in DEV_RUNTIME)) return aptRuntimeLibs(p);
    const lib = DEV_RUNTIME[p];
    return lib === null ? [] : inBothReleases(lib) ? [lib] : aptRuntimeLibs(p);
  },
};

/** Roles on the Alpine variants of the language images: Alpine's own package names. */
const ALPINE_LANGUAGE_ROLES: PackageRoles = {
  buildOnly: (p) => TOOLCHAIN.test(p),
  runtimeOf: (p) => runtimePackagesOf(p, { distro: 'alpine', t64: false }),
};

/**
 * Splits what an apt/apk RUN installs into builder-only and runtime packages. The structural passes
 * ask several times per RUN on every analysis, so each answer is kept with its instruction.
 */
export function splitPackages(model: DockerfileModel, ins: Instruction, given?: PackageRoles): Readonly<AptSplit> | null {
  const stage = model.stages[ins.stageIndex];
  const roles = given ?? (stage && familyOf(model, stage) === 'alpine' ? ALPINE_LANGUAGE_ROLES : LANGUAGE_IMAGE_ROLES);
  let byRoles = splits.get(ins);
  if (!byRoles) splits.set(ins, (byRoles = new Map()));
  let split = byRoles.get(roles);
  if (split === undefined) byRoles.set(roles, (split = computeSplit(model, ins, roles)));
  return split;
}

const splits = new WeakMap<Instruction, Map<PackageRoles, AptSplit | null>>();

function computeSplit(model: DockerfileModel, ins: Instruction, roles: PackageRoles): AptSplit | null {
  const s = editableScript(model, ins);
  if (!s) return null;
  const cmds = commandsOf(s);
  if (!cmds.some(isInstall)) return null;
  const runtime: string[] = [];
  const unknownDev: string[] = [];
  const build: string[] = [];
  const add = (list: string[], p: string): void => {
    if (!list.includes(p)) list.push(p);
  };
  let sourcesChanged = sourcesChangedBefore(model, ins);
  let fromAddedSource = false;
  let afterSourceChange = false;
  for (const c of cmds) {
    if (changesPackageSources(c)) sourcesChanged = true;
    if (!isInstall(c)) continue;
    if (sourcesChanged) afterSourceChange = true;
    const runtimeBefore = runtime.length + unknownDev.length;
    for (const p of installedPackages(c)) {
      if (p.includes('$')) return null;
      if (roles.buildOnly(p)) {
        add(build, p);
        continue;
      }
      if (p.endsWith('-dev') || p.endsWith('-devel')) {
        add(build, p);
        const libs = roles.runtimeOf(p);
        if (libs) libs.forEach((r) => add(runtime, r));
        else unknownDev.push(p);
        continue;
      }
      add(runtime, p);
    }
    if (sourcesChanged && runtime.length + unknownDev.length > runtimeBefore) fromAddedSource = true;
  }
  return { runtime, unknownDev, buildOnly: runtime.length === 0, build, fromAddedSource, afterSourceChange };
}

/** True when an earlier instruction of the stage added or changed a package source (a RUN, or a COPY of a sources file). */
function sourcesChangedBefore(model: DockerfileModel, ins: Instruction): boolean {
  const stage = model.stages.find((s) => s.instructions.includes(ins));
  if (!stage) return false;
  for (const earlier of stage.instructions) {
    if (earlier === ins) break;
    if ((earlier.keyword === 'COPY' || earlier.keyword === 'ADD') && earlier.argsText.split(/\s+/).some(isPackageSourcePath)) return true;
    if (earlier.keyword !== 'RUN') continue;
    const s = editableScript(model, earlier);
    if (s ? commandsOf(s).some(changesPackageSources) : /sources\.list|apt-key|add-apt-repository|repos\.d|apk\/repositories/.test(earlier.argsText)) return true;
  }
  return false;
}

/** Command-line tools a split leaves in the builder, by the package that provides them. */
const TOOL_COMMANDS: Record<string, string> = { curl: 'curl', wget: 'wget', git: 'git', unzip: 'unzip', gnupg: 'gpg', gnupg2: 'gpg' };

export interface RuntimeTools {
  /** tool packages the shipped steps call (a HEALTHCHECK's curl), with ca-certificates for their HTTPS */
  keep: string[];
  /** tool packages left in the builder (git, unzip, gpg; curl and wget too when the start is a visible program) */
  left: string[];
}

/**
 * Which of the tools installed in `stage` (curl, wget, git...) the steps that ship still call: the
 * start command, the HEALTHCHECK and the RUNs of the runtime stage. A split that dropped them would
 * ship a health check that always fails.
 */
export function runtimeTools(model: DockerfileModel, stage: Stage, runtimeRuns: readonly Instruction[]): RuntimeTools {
  const installed = new Set<string>();
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'RUN') continue;
    const s = editableScript(model, ins);
    if (s) for (const c of commandsOf(s)) if (isInstall(c)) installedPackages(c).forEach((p) => installed.add(p));
  }
  const shipped = [...runtimeRuns, ...stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' || i.keyword === 'HEALTHCHECK')]
    .map((i) => i.argsText)
    .join('\n');
  const keep: string[] = [];
  const left: string[] = [];
  for (const [pkg, command] of Object.entries(TOOL_COMMANDS)) {
    if (!installed.has(pkg)) continue;
    (calls(shipped, command) ? keep : left).push(pkg);
  }
  // a start script the file does not show (docker-entrypoint.sh, no CMD at all) often waits on or
  // fetches something: the small download tools stay for it
  if (opaqueStart(stage, runtimeRuns)) {
    for (const p of ['curl', 'wget']) {
      if (left.includes(p)) {
        left.splice(left.indexOf(p), 1);
        keep.push(p);
      }
    }
  }
  // the full language images (buildpack-deps) come with curl, wget and git, which their -slim runtime lacks
  let fromFull = false;
  if (fullLanguageImage(stage)) {
    for (const [pkg, command] of Object.entries(TOOL_COMMANDS)) {
      if (installed.has(pkg) || !PREINSTALLED_IN_FULL.has(pkg) || !calls(shipped, command)) continue;
      keep.push(pkg);
      fromFull = true;
    }
  }
  if (keep.some((p) => p === 'curl' || p === 'wget' || p === 'git') && (installed.has('ca-certificates') || fromFull)) keep.push('ca-certificates');
  return { keep, left };
}

const PREINSTALLED_IN_FULL = new Set(['curl', 'wget', 'git']);

/** The shipped steps' text runs `command` as a word of its own. */
function calls(shipped: string, command: string): boolean {
  return new RegExp(`(^|[\\s;&|("'/])${command}(?=$|[\\s;&|)"'])`).test(shipped);
}

/** An official language image on its full (buildpack-deps) variant: python:3.12, node:20-bookworm, ruby:3.3. */
function fullLanguageImage(stage: Stage): boolean {
  const tag = stage.image.tag ?? 'latest';
  return ['python', 'node', 'ruby', 'golang', 'rust', 'php'].includes(repoName(stage)) && !/slim|alpine|windows|nanoserver/.test(tag);
}

/** True when what runs at start is hidden from the file: no start command, or a script rather than a program. */
function opaqueStart(stage: Stage, runtimeRuns: readonly Instruction[]): boolean {
  const starts = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  if (!starts.length) return true;
  const script = /(^|[\s"'[,/])[\w.-]+\.(sh|bash)\b/;
  return starts.some((i) => script.test(i.argsText)) || runtimeRuns.some((i) => script.test(i.argsText) && !/^\s*chmod\b/.test(i.argsText));
}

/** The sentences a split's explanation adds about the tools it kept for the runtime and left in the builder. */
export function toolsNote(tools: RuntimeTools): string {
  const kept = tools.keep.length ? `${tools.keep.join(', ')} ${tools.keep.length === 1 ? 'is' : 'are'} installed in the runtime stage too, because the steps that ship call ${tools.keep.length === 1 ? 'it' : 'them'}. ` : '';
  return kept + (tools.left.length ? `${tools.left.join(', ')} ${tools.left.length === 1 ? 'stays' : 'stay'} in the builder: if a start script calls ${tools.left.length === 1 ? 'it' : 'them'}, install ${tools.left.length === 1 ? 'it' : 'them'} in the runtime stage too. ` : '');
}

/** True when the RUN does nothing but package-manager work. */
export function packagesOnly(model: DockerfileModel, ins: Instruction): boolean {
  const s = editableScript(model, ins);
  if (!s) return false;
  // `set -eux` only changes how the shell runs the rest
  return commandsOf(s).every((c) => managerOf(c) !== null || cleanupTool(c) !== null || isUpdate(c) || c.base === 'rm' || (c.base === 'set' && c.args.every((a) => /^[-+]/.test(a) || a === 'pipefail')));
}

const KEYRING = /^\/(usr\/share\/keyrings|etc\/apt\/keyrings|etc\/apt\/trusted\.gpg\.d)\//;

/** Commands that leave system state behind besides packages: configuration, links, users, files. */
const SYSTEM_SETUP = new Set(['locale-gen', 'localedef', 'update-locale', 'ln', 'update-alternatives', 'dpkg-reconfigure', 'useradd', 'groupadd', 'adduser', 'addgroup', 'usermod', 'chmod', 'chown', 'sed', 'cp', 'mv', 'tee', 'install', 'touch', 'ldconfig', 'wget', 'curl', 'git', 'unzip', 'tar', 'mkdir', 'npx', 'corepack', 'systemctl', 'a2enmod', 'docker-php-ext-enable', 'cpanm', 'ssh-keygen', 'crontab']);

/**
 * The first command of a RUN the builder takes whose effect the runtime stage would not have: a
 * locale generated, a link or user made, a file written (`echo ... > /etc/locale.gen`); null when
 * the RUN leaves only packages and the files of the install it runs.
 */
export function systemSetupIn(model: DockerfileModel, ins: Instruction): string | null {
  const s = editableScript(model, ins);
  const cmds = s ? commandsOf(s) : ins.scripts.flatMap((e) => e.script.commands);
  for (const c of cmds) {
    // package sources and their keys matter only to apt, which the runtime's install checks apart
    if (managerOf(c) !== null || cleanupTool(c) !== null || isUpdate(c) || changesPackageSources(c)) continue;
    if ((c.base === 'curl' || c.base === 'wget') && c.pipeline.length > 1 && c.pipeline.index === 0) continue; // the reader decides
    if (c.args.some((a) => KEYRING.test(a))) continue;
    const writes = c.redirects.find((r) => /^(>|>>|&>|>\|)$/.test(r.op) && r.fd !== '2' && !/^\/dev\//.test(r.target?.value ?? '/dev/') && !KEYRING.test(r.target?.value ?? ''));
    if (writes) return `${c.name} > ${writes.target?.value}`;
    if (c.base === 'mkdir' && madeAnyway(model, ins, c.args.filter((a) => !a.startsWith('-')))) continue;
    if (SYSTEM_SETUP.has(c.base)) return c.name;
  }
  return null;
}

/** Whether a later COPY, ADD or WORKDIR of the stage makes these directories (or ones below them) anyway. */
function madeAnyway(model: DockerfileModel, ins: Instruction, dirs: string[]): boolean {
  const stage = model.stages[ins.stageIndex];
  if (!stage || !dirs.length || dirs.some((d) => d.includes('$'))) return false;
  const here = workdirAt(stage, ins) ?? '/';
  const made: string[] = [];
  for (const i of stage.instructions) {
    if (i.index <= ins.index) continue;
    if (i.keyword === 'WORKDIR') made.push(workdirAt(stage, i) ?? '', resolvePath(workdirAt(stage, i) ?? '/', i.words[0]?.value ?? ''));
    if (i.keyword === 'COPY' || i.keyword === 'ADD') {
      const args = i.json ?? i.words.map((w) => w.value);
      if (args.length >= 2) made.push(resolvePath(workdirAt(stage, i) ?? '/', args[args.length - 1]));
    }
  }
  return dirs.every((d) => {
    const p = resolvePath(here, d);
    return made.some((m) => m === p || m.startsWith(`${p}/`));
  });
}

/** Tools people install to work inside a container, not to run a program. */
const WORKBENCH_TOOLS = new Set(['vim', 'vim-tiny', 'nano', 'zsh', 'fish', 'sudo', 'less', 'git', 'openssh-client', 'gdb', 'htop', 'man-db', 'bash-completion', 'tmux', 'emacs', 'neovim']);

/**
 * A development environment (a devcontainer, a toolbox): no start command of its own, and a
 * workspace directory, a SHELL setting or tools to work with. Its tools are the point, so a split
 * that moves them to a builder takes the image apart. Images started by compose's `command:`
 * have no start command either, but none of these marks.
 */
export function devEnvironment(model: DockerfileModel, stage: Stage): boolean {
  if (stage.instructions.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')) return false;
  if (stage.instructions.some((i) => (i.keyword === 'WORKDIR' && /^\/workspaces?(\/|$)/.test(i.words[0]?.value ?? '')) || (i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'SHELL')))) return true;
  return stage.instructions.some((i) => i.keyword === 'RUN' && i.scripts.some((e) => e.script.commands.some((c) => isInstall(c) && installedPackages(c).some((p) => WORKBENCH_TOOLS.has(p)))));
}

/** A RUN that installs `packages` for the runtime family, cleaned up in the same layer. */
export function installRun(w: Writer, family: 'debian' | 'alpine', packages: string[]): void {
  if (!packages.length) return;
  if (family === 'alpine') w.run([`apk add --no-cache ${packages.join(' ')}`]);
  else w.run(['apt-get update', `apt-get install -y --no-install-recommends ${packages.join(' ')}`, 'rm -rf /var/lib/apt/lists/*']);
}

/** Resolves a path the way Docker does against the working directory. */
export function resolvePath(workdir: string, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  return normalize((workdir.endsWith('/') ? workdir : workdir + '/') + path);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The working directory in effect before `ins` ('/' when no WORKDIR is set: the base image's own default is assumed to be /). */
export function workdirAt(stage: Stage, ins: Instruction | null): string | null {
  let dir = '/';
  for (const i of stage.instructions) {
    if (i === ins) break;
    if (i.keyword !== 'WORKDIR') continue;
    const v = i.words[0]?.value ?? '';
    if (v.includes('$')) return null;
    dir = resolvePath(dir, v);
  }
  return dir;
}

/** The final CMD/ENTRYPOINT argv (exec form only; null when shell form or absent). */
export function startCommand(stage: Stage): { entrypoint: string[] | null; cmd: string[] | null; shellForm: boolean } {
  let entrypoint: string[] | null = null;
  let cmd: string[] | null = null;
  let shellForm = false;
  for (const i of stage.instructions) {
    if (i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT') continue;
    if (i.form === 'shell') shellForm = true;
    if (i.keyword === 'CMD') cmd = i.json;
    else entrypoint = i.json;
  }
  return { entrypoint, cmd, shellForm };
}

/** The stage's FROM line (with the comments above it) for a new image reference and alias. */
export function fromLine(model: DockerfileModel, stage: Stage, rest: string): string {
  const from = stage.from;
  const comments = from.leadingComments.map((c) => model.lines[c.span.start.line - 1].trim() + styleOf(model).eol).join('');
  return `${comments}${from.rawKeyword} ${rest}`;
}

/**
 * Browsers that Playwright or Puppeteer download at build time land in root's cache
 * (~/.cache/ms-playwright, ~/.cache/puppeteer) with system libraries installed beside them:
 * a runtime stage that copies only the app or its packages would start without them.
 */
export function downloadsBrowsers(list: readonly Instruction[]): boolean {
  return list.some((i) => /\bplaywright\s+install\b|\bpuppeteer\b|PLAYWRIGHT_BROWSERS_PATH|\bpyppeteer\b/i.test(i.argsText));
}
