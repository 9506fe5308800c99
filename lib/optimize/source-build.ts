/**
 * Reads a single stage's source build (./configure or cmake, then make/ninja/cmake install):
 * where it installs, where it keeps its sources, and whether every command's effect on the
 * filesystem is known. A builder/runtime split is only safe when nothing the build wrote outside
 * its install prefixes is needed at run time, so any command whose writes cannot be placed makes
 * the reading fail.
 */
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { flagValue, flagValues, hasFlag, positionalArgs } from '../shell/query';
import { commandsOf, editableScript } from './edit';
import { managerOf } from './facts';
import { packagesOnly, resolvePath } from './multistage';

export type RunRole = 'packages' | 'setup' | 'build';

/** Commands that prepare the image for running (users, directories): they belong to the runtime stage too. */
const SETUP = new Set(['useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'mkdir', 'chown', 'chmod', 'ln', 'rm', 'ldconfig', 'true', 'set', 'echo', 'printf']);
/** Commands that write nothing but their redirections. */
const QUIET = new Set(['true', 'set', 'unset', 'nproc', 'ls', 'test', '[', 'echo', 'printf', 'cat', 'sha256sum', 'sha512sum', 'sha1sum', 'md5sum', 'ldconfig', 'rm']);
const AUTOTOOLS = new Set(['autoreconf', 'autoconf', 'automake', 'aclocal', 'autoheader', 'libtoolize']);
const SOURCE_SCRIPT = /^(autogen|bootstrap|buildconf)(\.sh)?$/;
/** Install directories of configure scripts (autoconf's --sysconfdir..., nginx's --conf-path...). */
const CONFIGURE_DIR = /^--(exec-prefix|[a-z-]*dir|[a-z-]+-path)$/;
/** Where an install prefix would overwrite the runtime image's own system. */
const SYSTEM_DIR = /^\/(bin|sbin|lib\w*|etc|var|tmp|proc|sys|dev|run|boot|root|usr(?!\/local(\/|$)))(\/|$)/;
const DEFAULT_PREFIX = '/usr/local';

/** Commands of a RUN that run in its own shell ($(nproc) and the like are part of their command's arguments). */
export function topCommands(model: DockerfileModel, ins: Instruction): ShellCommand[] | null {
  const s = editableScript(model, ins);
  if (!s) return null;
  const cmds = commandsOf(s).filter((c) => !c.context.includes('cmdsubst'));
  return cmds.some((c) => c.context.length > 0) ? null : cmds;
}

export function runRole(model: DockerfileModel, ins: Instruction): RunRole | null {
  const cmds = topCommands(model, ins);
  if (!cmds) return null;
  if (packagesOnly(model, ins)) return 'packages';
  if (cmds.every((c) => SETUP.has(c.base) || (c.name === '' && c.assignments.length > 0))) return 'setup';
  return 'build';
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(dir + '/');
}

function plain(value: string): boolean {
  return value !== '' && !/[$`*?[\]{}~]/.test(value);
}

export interface SourceBuild {
  /** install prefixes, none inside another */
  prefixes: string[];
  /** directories the build keeps its sources and object files in (never '/') */
  workDirs: string[];
  /** the last RUN that installs into a prefix */
  lastInstall: Instruction;
}

class Reader {
  readonly prefixes: string[] = [];
  readonly workDirs = new Set<string>();
  /** absolute paths the build wrote outside the places it works in, checked once those are known */
  readonly writes: string[] = [];
  /** the prefix of the last configure or cmake run: what a later make/ninja install uses */
  configured: string | null = null;
  cmakePrefix: string | null = null;
  lastInstall: Instruction | null = null;
  failed = false;
  cwd = '/';

  fail(): void {
    this.failed = true;
  }
  abs(path: string): string | null {
    if (!plain(path)) return null;
    return resolvePath(this.cwd, path);
  }
  write(path: string): void {
    if (path === '-' || path.startsWith('/dev/')) return;
    const p = this.abs(path);
    if (p === null) this.fail();
    else this.writes.push(p);
  }
  work(path: string = '.'): void {
    const p = this.abs(path);
    if (p === null) this.fail();
    else if (p !== '/') this.workDirs.add(p);
  }
  /** `cd dir`; into a directory named by a variable (foo-$VERSION), the known part of the path stands for it */
  enter(path: string | undefined): void {
    // `cd`, `cd -`, `cd $HOME`: somewhere this reading cannot follow
    if (!path || path === '-' || /^[$~`]/.test(path)) return this.fail();
    const parts = path.split('/');
    const firstVariable = parts.findIndex((part) => part !== '' && !plain(part));
    this.cwd = resolvePath(this.cwd, firstVariable < 0 ? path : parts.slice(0, firstVariable).join('/') || '.');
  }
  install(ins: Instruction, prefix: string | null): void {
    if (!prefix || !prefix.startsWith('/') || !plain(prefix)) return this.fail();
    const p = resolvePath('/', prefix);
    if (p === '/' || SYSTEM_DIR.test(p)) return this.fail();
    if (!this.prefixes.includes(p)) this.prefixes.push(p);
    this.lastInstall = ins;
  }
  /** An install directory given to configure/cmake/make must lie inside the prefix, or the runtime stage would miss it. */
  insidePrefix(value: string, prefix: string): void {
    if (value.startsWith('/') && !isUnder(resolvePath('/', value), resolvePath('/', prefix))) this.fail();
  }

  command(ins: Instruction, c: ShellCommand): void {
    if (c.assignments.some((a) => a.name === 'DESTDIR')) return this.fail();
    for (const r of c.redirects) if (r.op.includes('>') && r.target && !/^(\d|-)$/.test(r.target.value)) this.write(r.target.value);
    const pos = (valueOptions: string[] = []): string[] => positionalArgs(c, valueOptions);
    const base = c.base;
    if (c.name === '' || managerOf(c) || QUIET.has(base)) return;
    if (base === 'cd') return this.enter(c.args[0]);
    if (base === 'export') return c.args.some((a) => a.startsWith('DESTDIR=')) ? this.fail() : undefined;
    if (base === 'make' || base === 'gmake') return this.make(ins, c);
    if (base === 'cmake') return this.cmake(ins, c);
    if (base === 'ninja') {
      this.work(flagValue(c, '-C') ?? '.');
      if (pos(['-C', '-j', '-f', '-l', '-k', '-t', '-d', '-w']).includes('install')) this.install(ins, this.configured);
      return;
    }
    if (c.name.includes('/') && /^(configure|Configure|config)$/.test(base)) return this.configure(c);
    if (AUTOTOOLS.has(base) || (c.name.includes('/') && SOURCE_SCRIPT.test(base))) return this.work();
    switch (base) {
      case 'curl': this.work(); return flagValues(c, '-o', '--output').forEach((p) => this.write(p));
      case 'wget': this.work(); return flagValues(c, '-O', '--output-document', '-P', '--directory-prefix').forEach((p) => this.write(p));
      case 'tar': {
        const first = c.args[0] ?? '';
        if ((/^-?[a-zA-Z]*[cru]/.test(first) && !first.startsWith('--')) || hasFlag(c, '--create', '--append', '--update')) return this.fail();
        return this.unpackInto(flagValue(c, '-C', '--directory'));
      }
      case 'unzip': return this.unpackInto(flagValue(c, '-d'));
      case 'git': {
        const args = pos(['-C', '-c', '--depth', '--branch', '-b', '--origin', '-o', '--jobs', '-j']);
        this.work(flagValue(c, '-C') ?? '.');
        if (args[0] === 'clone' && args[2]) {
          this.work(args[2]);
          this.write(args[2]);
        }
        return;
      }
      case 'cp': case 'mv': case 'install': {
        const args = pos(['-t', '--target-directory', '-S', '--suffix', '-m', '--mode', '-o', '--owner', '-g', '--group']);
        const target = flagValue(c, '-t', '--target-directory') ?? args[args.length - 1];
        return target ? this.write(target) : this.fail();
      }
      case 'ln': {
        const args = pos(['-t', '--target-directory', '-S', '--suffix']);
        return void (args.length > 1 && this.write(args[args.length - 1]));
      }
      case 'mkdir': return pos(['-m', '--mode']).forEach((p) => this.write(p));
      case 'chmod': case 'chown': return pos().slice(1).forEach((p) => this.write(p));
      case 'strip': case 'gzip': case 'gunzip': case 'xz': case 'unxz': case 'bzip2': case 'bunzip2': return pos().forEach((p) => this.write(p));
      case 'sed': {
        if (!hasFlag(c, '-i', '--in-place')) return;
        const files = pos(['-e', '--expression', '-f', '--file']);
        return (flagValues(c, '-e', '--expression', '-f', '--file').length ? files : files.slice(1)).forEach((p) => this.write(p));
      }
      case 'patch': return this.write(flagValue(c, '-d', '--directory') ?? '.');
      default: return this.fail();
    }
  }

  /** An archive unpacked into the working directory adds new entries there; one unpacked elsewhere writes that directory. */
  unpackInto(dir: string | null): void {
    this.work(dir ?? '.');
    if (dir !== null) this.write(dir);
  }

  configure(c: ShellCommand): void {
    this.work();
    const prefix = flagValue(c, '--prefix') ?? DEFAULT_PREFIX;
    for (const arg of c.args) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (!CONFIGURE_DIR.test(name)) continue;
      if (eq < 0) return this.fail(); // `--sysconfdir /etc`: not worth reading
      this.insidePrefix(arg.slice(eq + 1), prefix);
    }
    this.configured = prefix;
  }

  cmake(ins: Instruction, c: ShellCommand): void {
    if (c.args[0] === '-E') return;
    const build = flagValue(c, '--build');
    const installDir = flagValue(c, '--install');
    if (build !== null) {
      this.work(build);
      if (flagValues(c, '--target', '-t').includes('install')) this.install(ins, this.cmakePrefix);
      return;
    }
    if (installDir !== null) {
      this.work(installDir);
      return this.install(ins, flagValue(c, '--prefix') ?? this.cmakePrefix);
    }
    this.work(flagValue(c, '-B') ?? '.');
    for (const dir of [flagValue(c, '-S'), ...positionalArgs(c, ['-S', '-B', '-G', '-T', '-A', '-C', '-D', '-U'])]) if (dir) this.work(dir);
    const defines = new Map(flagValues(c, '-D').map((d) => {
      const eq = d.indexOf('=');
      return [d.slice(0, eq).replace(/:\w+$/, ''), d.slice(eq + 1)] as [string, string];
    }));
    const prefix = defines.get('CMAKE_INSTALL_PREFIX') ?? flagValue(c, '--install-prefix') ?? DEFAULT_PREFIX;
    for (const [name, value] of defines) if (/^CMAKE_INSTALL_\w+DIR$/.test(name)) this.insidePrefix(value, prefix);
    this.configured = this.cmakePrefix = prefix;
  }

  make(ins: Instruction, c: ShellCommand): void {
    this.work(flagValue(c, '-C', '--directory') ?? '.');
    const args = positionalArgs(c, ['-C', '--directory', '-f', '--file', '-j', '--jobs', '-l', '-I', '-o', '-W']);
    const vars = new Map(args.filter((a) => /^\w+=/.test(a)).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as [string, string]));
    if (vars.has('DESTDIR')) return this.fail();
    const explicit = vars.get('PREFIX') ?? vars.get('prefix') ?? null;
    // a Makefile that configure or cmake did not write picks its own default prefix: unknown
    if (explicit !== null && this.configured !== null && explicit !== this.configured) return this.fail();
    const prefix = explicit ?? this.configured;
    if (!args.some((a) => /^install(-[\w-]+)?$/.test(a))) return;
    if (prefix) for (const [name, value] of vars) if (/(DIR|PATH)$/i.test(name)) this.insidePrefix(value, prefix);
    this.install(ins, prefix);
  }
}

/**
 * The stage's source build, read from its RUNs of role 'build' in order; null when a command's
 * effect is unknown, an install prefix cannot be told, or the build writes outside its prefixes
 * and work directories.
 */
export function readSourceBuild(model: DockerfileModel, stage: Stage): SourceBuild | null {
  const r = new Reader();
  if (stage.instructions.some((i) => (i.keyword === 'ENV' || i.keyword === 'ARG') && i.pairs.some((p) => p.key === 'DESTDIR'))) return null;
  let workdir = '/';
  for (const ins of stage.instructions) {
    if (ins.keyword === 'WORKDIR') {
      const v = ins.words[0]?.value ?? '';
      if (!plain(v)) return null;
      workdir = resolvePath(workdir, v);
    }
    if (ins.keyword !== 'RUN' || runRole(model, ins) !== 'build') continue;
    r.cwd = workdir;
    for (const c of topCommands(model, ins)!) {
      r.command(ins, c);
      if (r.failed) return null;
    }
  }
  if (!r.lastInstall) return null;
  const prefixes = r.prefixes.filter((p) => !r.prefixes.some((q) => q !== p && isUnder(p, q)));
  const workDirs = [...r.workDirs];
  const placed = (p: string): boolean => p === '/tmp' || isUnder(p, '/tmp') || [...prefixes, ...workDirs].some((d) => isUnder(p, d));
  if (!r.writes.every(placed)) return null;
  return { prefixes, workDirs, lastInstall: r.lastInstall };
}
