/**
 * What a RUN writes, from its parsed shell commands: package managers, caches they leave,
 * downloads, builds, and removals (`rm -rf`, `apt-get clean`, purges) that subtract within the
 * layer or turn earlier layers' bytes into waste.
 */
import type { Confidence } from '../types';
import type { Instruction } from '../model/types';
import type { ShellCommand } from '../shell/types';
import { flagValues, hasFlag, positionalArgs, unwrapCommand } from '../shell/query';
import { parseShell } from '../shell/parse';
import { aptInstall, namedPackagesBytes } from './apt';
import { apkAdd } from './alpine';
import { PIP_OPTS, pipInstall, requirementName } from './python';
import { parseRequirements, type Requirements } from './requirements';
import { contextText, type BuildContext } from './context';
import { def, pythonTable, type DefaultEntry } from './data';
import { normPath, type Removal, type VfsEntry } from './vfs';
import type { StageState } from './state';
import { formatBytes } from './units';
import { pycBytes } from './pyc';

export interface LayerContext {
  state: StageState;
  layer: number;
  /** paths mounted as cache/bind/tmpfs for this RUN: writes there do not reach the layer */
  mounts: string[];
  /** bytes of earlier layers deleted, overwritten or re-permissioned here, by layer */
  wasted: Map<number, number>;
  /** some command wrote something we cannot size */
  unknownCommands: string[];
  /** the build context's files and dependency lists, when known */
  buildContext?: BuildContext | null;
  /** image path -> context path of dependency lists bind-mounted into this RUN */
  boundFiles?: Map<string, string>;
}

/** Adds `bytes` at `path` for this layer; a same-path entry from an earlier layer is overwritten. */
export function write(ctx: LayerContext, path: string, bytes: number, low: number, high: number, label: string, confidence: Confidence, origin: VfsEntry['origin'] = 'run'): void {
  if (ctx.mounts.some((m) => path === m || path.startsWith(`${m}/`))) return;
  const earlier = ctx.state.vfs.entries.filter((e) => e.path === path && e.layer !== ctx.layer);
  if (earlier.length) applyRemoval(ctx, ctx.state.vfs.remove(path, -1));
  ctx.state.vfs.add({ path, bytes: Math.round(bytes), low: Math.round(low), high: Math.round(high), layer: ctx.layer, label, origin });
  ctx.state.confidence.set(label, confidence);
}

function writeDefault(ctx: LayerContext, path: string, d: DefaultEntry, label: string, scale = 1): void {
  write(ctx, path, d[0] * scale, d[1] * scale, d[2] * scale, `${label}, ${formatBytes(d[0] * scale)}`, d[3]);
}

/**
 * Caches grow rather than get replaced: a later layer that uses a cache an earlier layer filled
 * adds what is new (a fifth of a fresh fill, a guess), without wasting the earlier layer.
 */
function writeCache(ctx: LayerContext, path: string, d: DefaultEntry, label: string, scale = 1): void {
  const filled = ctx.state.vfs.entries.some((e) => e.path === path && e.layer !== ctx.layer);
  if (filled) return writeDefault(ctx, `${path}/.L${ctx.layer}`, d, `${label} (additions)`, scale * 0.2);
  writeDefault(ctx, path, d, label, scale);
}

function applyRemoval(ctx: LayerContext, r: Removal): void {
  for (const [layer, bytes] of r.earlier) ctx.wasted.set(layer, (ctx.wasted.get(layer) ?? 0) + bytes);
}

export function remove(ctx: LayerContext, path: string): void {
  applyRemoval(ctx, ctx.state.vfs.remove(path, ctx.layer));
}

const home = (s: StageState) => s.env.HOME ?? '/root';

function pathOf(ctx: LayerContext, p: string): string {
  const s = ctx.state;
  const expanded = p.replace(/^~(?=\/|$)/, home(s)).replace(/\$\{?HOME\}?/g, home(s)).replace(/\$\{?(\w+)\}?/g, (m, v: string) => s.env[v] ?? m);
  return normPath(expanded, s.workdir);
}

/** Cache/bind/tmpfs/secret mount targets of `RUN --mount=...`. */
export function mountTargets(ins: Instruction, state: StageState): string[] {
  return mounts(ins, state).map((m) => m.target);
}

interface Mount {
  target: string;
  options: Record<string, string>;
}

function mounts(ins: Instruction, state: StageState): Mount[] {
  const out: Mount[] = [];
  for (const f of ins.flags) {
    if (f.name !== 'mount' || !f.value) continue;
    const options: Record<string, string> = Object.fromEntries(f.value.split(',').map((p) => { const i = p.indexOf('='); return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)]; }));
    const t = options.target ?? options.dst ?? options.destination;
    if (t) out.push({ target: normPath(t.replace(/^~/, home(state)), state.workdir), options });
  }
  return out;
}

/**
 * Dependency lists a `--mount=type=bind` (from the context, as `docker init` writes them) puts
 * in this RUN: image path -> context path.
 */
export function boundContextFiles(ins: Instruction, state: StageState, context: BuildContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mounts(ins, state)) {
    if (m.options.type !== 'bind' || m.options.from) continue;
    const source = (m.options.source ?? m.options.src ?? '').replace(/^\.?\/+/, '').replace(/\/+$/, '');
    for (const t of Object.keys(context.texts)) {
      if (source === '' || source === '.') out.set(normPath(t, m.target), t);
      else if (t === source) out.set(m.target, t);
      else if (t.startsWith(`${source}/`)) out.set(normPath(t.slice(source.length + 1), m.target), t);
    }
  }
  return out;
}

const APT_OPTS = ['-o', '-t', '-c', '--target-release', '--option', '--config-file'];
const APK_OPTS = ['-t', '--virtual', '-X', '--repository', '--arch', '-p', '--root', '--repositories-file'];
const NPM_OPTS = ['--prefix', '--registry', '--cache', '-w', '--workspace', '--omit', '--include', '--loglevel', '--userconfig'];

/** Commands that write nothing worth counting (or only tiny config files). */
const QUIET = new Set(('echo printf cd set export true false test [ [[ mkdir ln touch useradd groupadd adduser addgroup usermod groupmod ' +
  'id whoami cat grep sed awk which command chmod chown chgrp ldconfig update-ca-certificates apt-mark dpkg-reconfigure ' +
  'ls env sh bash source . exit sleep rmdir mv cp install tee head tail sort uniq wc cut tr find xargs locale-gen update-alternatives ' +
  'git-lfs : read eval exec hash ulimit umask trap wait dpkg-divert systemctl service rc-update ssh-keygen gpg gpgconf ' +
  'sha256sum sha512sum md5sum shasum gpgv curl wget tar unzip gunzip gzip xz bzip2 rm cmp diff dirname basename realpath readlink ' +
  'php docker-php-ext-enable a2enmod a2enconf a2dissite a2ensite npx node python python3 java ruby perl').split(' '));

/** Processes one RUN; the layer's entries end up in state.vfs with layer = ctx.layer. */
export function analyseRun(ins: Instruction, ctx: LayerContext): void {
  // exec form (`RUN ["apt-get", "install", "-y", "curl"]`) has no parsed script: read it as one command
  const scripts = ins.scripts.length || !ins.json ? ins.scripts.map((s) => s.script) : [parseShell(ins.json.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' '))];
  const cmds = scripts.flatMap((s) => s.commands).flatMap((c) => unwrapCommand(c));
  // apt config written in this RUN (echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/x)
  if (ctx.state.apt && scripts.some((s) => /APT::Install-Recommends\s+"?(false|0|no)"?\s*;/i.test(s.source))) ctx.state.apt.noRecommends = true;
  // `apt-get update` lists are replaced by a later update; docker-clean removal is detected too
  if (ctx.state.apt && scripts.some((s) => /rm\s+(-\w+\s+)*\/etc\/apt\/apt\.conf\.d\/docker-clean/.test(s.source))) ctx.state.apt.dockerClean = false;
  for (let i = 0; i < cmds.length; i++) handle(cmds[i], cmds, i, ctx);
  if (ctx.unknownCommands.length && !ctx.state.vfs.entries.some((e) => e.layer === ctx.layer)) {
    writeDefault(ctx, `/.run-${ctx.layer}`, def('runUnknown'), `${ctx.unknownCommands.slice(0, 3).join(', ')}: output unknown`);
  }
}

function handle(cmd: ShellCommand, all: ShellCommand[], i: number, ctx: LayerContext): void {
  const base = cmd.base;
  const s = ctx.state;
  // python -m pip / python3 -m venv
  if (/^python[\d.]*$/.test(base) && cmd.args[0] === '-m') {
    const mod = cmd.args[1];
    const rest = { ...cmd, args: cmd.args.slice(2), argv: cmd.argv.slice(2) };
    if (mod === 'pip') return pip(rest, ctx, null);
    if (mod === 'venv' || mod === 'virtualenv') return venv(rest, ctx);
    if (mod === 'PyInstaller') return pyinstaller(rest, ctx);
    return;
  }
  if (/^pip[\d.]*$/.test(base)) return pip(cmd, ctx, /\/bin\/pip/.test(cmd.name) ? normPath(cmd.name.replace(/\/bin\/pip[\d.]*$/, ''), s.workdir) : null);
  switch (base) {
    case 'apt-get': case 'apt': case 'aptitude': return apt(cmd, ctx);
    case 'apk': return apk(cmd, ctx);
    case 'yum': case 'dnf': case 'microdnf': case 'tdnf': case 'zypper': return rpm(cmd, ctx);
    case 'uv': if (cmd.args[0] === 'pip') return pip({ ...cmd, args: cmd.args.slice(1), argv: cmd.argv.slice(1) }, ctx, null);
      if (cmd.args[0] === 'sync') return writeDefault(ctx, pathOf(ctx, '.venv'), def('pipRequirementsUnknown'), 'uv sync of unseen dependencies');
      return;
    case 'poetry': case 'pipenv': case 'pdm':
      if (/install|sync/.test(cmd.args[0] ?? '')) writeDefault(ctx, '/usr/local/lib/python3/site-packages', def('pipRequirementsUnknown'), `${base} install of unseen dependencies`);
      return;
    case 'virtualenv': return venv(cmd, ctx);
    case 'pyinstaller': return pyinstaller(cmd, ctx);
    case 'npm': case 'yarn': case 'pnpm': case 'bun': return node(cmd, ctx);
    case 'go': return go(cmd, ctx);
    case 'mvn': case 'mvnw': return jvm(ctx, 'mavenRepo', `${home(s)}/.m2`, 'target', cmd.args.some((a) => /package|install|verify|spring-boot|deploy/.test(a)), cmd.args.some((a) => /dependency|compile|go-offline|resolve/.test(a)));
    case 'gradle': case 'gradlew': return jvm(ctx, 'gradleCache', `${home(s)}/.gradle`, 'build/libs', cmd.args.some((a) => /build|assemble|jar|install/i.test(a)), cmd.args.some((a) => /dependencies|compile|resolve/i.test(a)));
    case 'cargo': return cargo(cmd, ctx);
    case 'gem': if (cmd.args[0] === 'install') writeDefault(ctx, '/usr/local/bundle', def('gemOne'), `gem install ${positionalArgs(cmd).slice(1).join(' ')}`.trim(), Math.max(1, positionalArgs(cmd).length - 1)); return;
    case 'bundle': case 'bundler': if (!cmd.args[0] || cmd.args[0] === 'install') writeDefault(ctx, s.env.BUNDLE_PATH ?? '/usr/local/bundle', def('gemBundle'), 'bundle install of an unseen Gemfile'); return;
    case 'conda': case 'mamba': case 'micromamba':
      if (cmd.args[0] === 'install' || cmd.args[0] === 'create') writeDefault(ctx, '/opt/conda', def('condaBase'), `${base} ${cmd.args[0]}`);
      if (cmd.args[0] === 'clean') remove(ctx, '/opt/conda/pkgs');
      return;
    case 'apt-mark': return aptMark(cmd, ctx);
    case 'curl': case 'wget': return download(cmd, all, i, ctx);
    case 'rm': return rm(cmd, ctx);
    case 'chmod': case 'chown': case 'chgrp': return repermission(cmd, ctx);
    case 'tar': case 'unzip': return extract(cmd, ctx);
    case 'make': case 'ninja': case 'cmake':
      // a source build installed into a prefix (`make install`): typical tools/libraries, wide
      if (cmd.args.includes('install')) write(ctx, `/usr/local/.build-${ctx.layer}`, 30e6, 1e6, 300e6, 'software built from source and installed, ~30 MB', 'guessed');
      return;
    default:
      if (!QUIET.has(base) && base && !/^\$/.test(base)) ctx.unknownCommands.push(base);
  }
}

function apt(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const pos = positionalArgs(cmd, APT_OPTS);
  const sub = pos[0];
  if (sub === 'update') {
    const d = s.base.family === 'ubuntu' ? def('aptListsUbuntu') : s.apt?.suite === 'trixie' ? def('aptListsTrixie') : def('aptListsDebian');
    // a later update rewrites the lists: the earlier copy becomes waste (write() handles it)
    return write(ctx, '/var/lib/apt/lists', d[0], d[1], d[2], `apt lists left in this layer, ${formatBytes(d[0])}`, d[3]);
  }
  if (sub === 'clean') return remove(ctx, '/var/cache/apt');
  if ((sub === 'purge' || sub === 'remove' || sub === 'autoremove') && s.apt) {
    const autoRemove = sub === 'autoremove' || hasFlag(cmd, '--auto-remove', '--autoremove');
    const names = [...pos.slice(1), ...(autoRemove ? s.aptAuto : [])];
    let kept = 0;
    for (const name of names) {
      for (const p of s.installs.get(`apt:${name}`) ?? []) {
        remove(ctx, p);
        if (s.aptLinkedKept) kept += linkedLibraryBytes(s.apt, s.aptSharePkgs.get(p) ?? []);
      }
      s.installs.delete(`apt:${name}`);
    }
    if (kept > 0) {
      write(ctx, `/usr/.apt-${ctx.layer}-${s.counter++}`, kept, kept * 0.5, kept * 1.5, `shared libraries kept for what was built (apt-mark manual), ${formatBytes(kept)}`, 'estimated');
    }
    if (autoRemove) s.aptAuto.clear();
    s.aptLinkedKept = false;
    return;
  }
  if (sub === 'upgrade' || sub === 'dist-upgrade' || sub === 'full-upgrade') {
    return write(ctx, `/usr/.apt-upgrade-${ctx.layer}`, 20e6, 0, 200e6, 'package upgrades, ~20 MB', 'guessed');
  }
  if (sub !== 'install' || !s.apt) return;
  const names = pos.slice(1).filter((n) => !n.endsWith('.deb') && !n.startsWith('/'));
  const noRec = s.apt.noRecommends || hasFlag(cmd, '--no-install-recommends') ||
    flagValues(cmd, '-o', '--option').some((v) => /Install-Recommends=(false|0|no)/i.test(v));
  let total = 0, count = 0;
  const shares: { name: string; bytes: number; pkgs: string[] }[] = [];
  // one vfs entry per requested package (its new dependencies included) so a purge of a name
  // later frees its share
  for (const name of names) {
    const r = aptInstall(s.apt.table, s.apt.installed, [name], !noRec);
    const bytes = (s.apt.docs ? r.bytes : r.slimBytes) + pycBytes(s.apt.table, r.added);
    total += bytes; count += r.added.length + r.unknown.length;
    shares.push({ name, bytes, pkgs: r.added });
  }
  if (!shares.length) return;
  const top = [...shares].sort((a, b) => b.bytes - a.bytes)[0];
  const deps = count - 1;
  const label = `${top.name}${shares.length > 1 ? ` (+${shares.length - 1} more)` : ''}${deps > 0 ? ` and ${deps} dependencies` : ''}${noRec ? '' : ' with recommends'}`;
  const unknownShare = shares.some((x) => x.pkgs.length === 0);
  for (const sh of shares) {
    const path = `/usr/.apt-${ctx.layer}-${s.counter++}`;
    const l = `${label}, ${formatBytes(total)}`;
    write(ctx, path, sh.bytes, sh.bytes * 0.8, sh.bytes * 1.25 + (sh.pkgs.length ? 0 : 30e6), l, unknownShare ? 'guessed' : 'estimated');
    s.installs.set(`apt:${sh.name}`, [...(s.installs.get(`apt:${sh.name}`) ?? []), path]);
    s.aptSharePkgs.set(path, sh.pkgs);
  }
  if (!s.apt.dockerClean) {
    const d = def('aptArchivesFactor');
    write(ctx, '/var/cache/apt/archives', total * d[0], total * d[1], total * d[2], `downloaded .deb files, ${formatBytes(total * d[0])}`, d[3]);
  }
}

function apk(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const pos = positionalArgs(cmd, APK_OPTS);
  const sub = pos[0];
  const idx = def('apkIndex');
  const index = () => write(ctx, '/var/cache/apk', idx[0], idx[1], idx[2], `apk index left in this layer, ${formatBytes(idx[0])}`, idx[3]);
  if (sub === 'update') return index();
  if (sub === 'del') {
    for (const n of pos.slice(1)) for (const p of s.installs.get(`apk:${n}`) ?? []) remove(ctx, p);
    return;
  }
  if (sub !== 'add') return;
  const names = pos.slice(1);
  const r = apkAdd(names, s.apk);
  const path = `/usr/.apk-${ctx.layer}-${s.counter++}`;
  const guessed = r.unknown.length > r.count / 2;
  write(ctx, path, r.bytes, r.bytes * 0.7, r.bytes * 1.5 + r.unknown.length * 5e6,
    `${r.top}${r.count > 1 ? ` and ${r.count - 1} more packages` : ''}, ${formatBytes(r.bytes)}`, guessed ? 'guessed' : 'estimated');
  const virtual = flagValues(cmd, '-t', '--virtual')[0];
  for (const n of virtual ? [virtual] : names) s.installs.set(`apk:${n}`, [...(s.installs.get(`apk:${n}`) ?? []), path]);
  if (!hasFlag(cmd, '--no-cache')) index();
}

function rpm(cmd: ShellCommand, ctx: LayerContext): void {
  const pos = positionalArgs(cmd, ['--setopt', '-x', '--exclude', '--enablerepo', '--disablerepo', '--installroot', '--releasever']);
  const sub = pos[0];
  const cache = `/var/cache/${cmd.base === 'microdnf' || cmd.base === 'tdnf' ? 'dnf' : cmd.base === 'zypper' ? 'zypp' : cmd.base}`;
  if (sub === 'clean') { remove(ctx, cache); remove(ctx, '/var/cache/yum'); remove(ctx, '/var/cache/dnf'); return; }
  if (sub !== 'install' && sub !== 'in') return;
  const names = pos.slice(1);
  // no RPM tables are bundled: ~15 MB per requested package with its dependencies, wide range
  const bytes = names.length * 15e6;
  write(ctx, `/usr/.rpm-${ctx.layer}-${ctx.state.counter++}`, bytes, names.length * 1e6, names.length * 80e6,
    `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` (+${names.length - 3})` : ''}, ~${formatBytes(bytes)}`, 'guessed');
  const d = def('dnfCache');
  const scale = cmd.base === 'microdnf' ? 0.5 : 1;
  write(ctx, cache, d[0] * scale, d[1] * scale, d[2] * scale, `${cmd.base} metadata and package cache, ${formatBytes(d[0] * scale)}`, d[3]);
}

/**
 * `apt-mark auto` / `manual`: which installs a later autoremove takes away. docker-library's
 * pattern saves the manual marks (`savedAptMark="$(apt-mark showmanual)"`), marks everything auto,
 * restores the saved marks (`apt-mark manual $savedAptMark`) and purges with --auto-remove: what
 * this RUN installed goes, except the libraries its programs link against, which it marks manual
 * through `ldd ... | xargs apt-mark manual` (not followed here: they are usually a few small libraries).
 */
function aptMark(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const verb = cmd.argv[1]?.value;
  const words = cmd.argv.slice(2).filter((w) => !w.value.startsWith('-'));
  const installed = [...s.installs.keys()].filter((k) => k.startsWith('apt:')).map((k) => k.slice(4));
  if (verb === 'auto') {
    const everything = words.some((w) => /^(\.\*|\.\+|~\.|\*)$/.test(w.value));
    for (const name of everything ? installed : words.filter((w) => w.literal).map((w) => w.value)) s.aptAuto.add(name);
  } else if (verb === 'manual') {
    // `ldd … | xargs -r apt-mark manual`: the names come down a pipe, the libraries built programs link against
    if (cmd.pipeline.index > 0) s.aptLinkedKept = true;
    for (const w of words) {
      if (w.literal) s.aptAuto.delete(w.value);
      // a saved list (`$savedAptMark`): the packages that were manual before this RUN
      else for (const name of installed) if (installedBefore(s, name, ctx.layer)) s.aptAuto.delete(name);
    }
  }
}

/**
 * Bytes of the shared-library packages in a purged share (libicu72 in libicu-dev's): what
 * `ldd … | xargs apt-mark manual` keeps. Every library package counts, linked or not, so the
 * saving is, if anything, underestimated.
 */
function linkedLibraryBytes(apt: NonNullable<LayerContext['state']['apt']>, pkgs: readonly string[]): number {
  const libs = pkgs.filter((p) => p.startsWith('lib') && !/-(dev|dev-bin|doc|tools|bin)$/.test(p));
  return libs.length ? namedPackagesBytes(apt.table, libs, apt.docs) : 0;
}

/** True when every share of the apt install `name` was written by a layer before `layer`. */
function installedBefore(s: LayerContext['state'], name: string, layer: number): boolean {
  return (s.installs.get(`apt:${name}`) ?? []).every((p) => Number(/^\/usr\/\.apt-(\d+)-/.exec(p)?.[1] ?? layer) < layer);
}

function pip(cmd: ShellCommand, ctx: LayerContext, venvPrefix: string | null): void {
  const s = ctx.state;
  const pos = positionalArgs(cmd, PIP_OPTS);
  if (pos[0] === 'cache' && pos[1] === 'purge') return remove(ctx, `${home(s)}/.cache/pip`);
  if (pos[0] !== 'install') return;
  const reqFiles = flagValues(cmd, '-r', '--requirement');
  const specs = pos.slice(1);
  const names = specs.map(requirementName).filter((n): n is string => !!n);
  let local = specs.filter((x) => !requirementName(x)).length + flagValues(cmd, '-e', '--editable').length;
  const target = flagValues(cmd, '--target', '-t')[0] ?? flagValues(cmd, '--prefix')[0];
  const venvFromPath = /\/(\.?venv|env|virtualenv)[^/]*\/bin/.exec(s.env.PATH ?? '');
  const prefix = venvPrefix ?? (venvFromPath ? normPath((s.env.PATH ?? '').split(':').find((p) => /\/bin$/.test(p) && /venv|env/.test(p))!.replace(/\/bin$/, '')) : null);
  // packages land in the prefix's site-packages (python3: COPY paths are matched without the minor version),
  // so a COPY of that directory alone carries them
  const dest = target ? pathOf(ctx, target) : hasFlag(cmd, '--user') ? `${home(s)}/.local`
    : `${prefix ?? '/usr/local'}/lib/python3/site-packages`;
  const cpu = flagValues(cmd, '-i', '--index-url', '--extra-index-url').some((u) => /cpu/.test(u));
  let bytes = 0, low = 0, high = 0, wheels = 0;
  const parts: string[] = [];
  let conf: Confidence = 'estimated';
  if (names.length) {
    const r = pipInstall(names, s.pip, cpu);
    bytes += r.installed; low += r.low; high += r.high; wheels += r.wheels;
    parts.push(`${r.top}${r.count > 1 ? ` and ${r.count - 1} more packages` : ''}`);
    if (r.unknown.length > r.count / 2) conf = 'guessed';
  }
  const unread: string[] = [];
  for (const file of reqFiles) {
    const req = readRequirements(ctx, file);
    if (!req) { unread.push(file); continue; }
    const r = pipInstall(req.names, s.pip, cpu || req.cpuIndex);
    bytes += r.installed; low += r.low; high += r.high; wheels += r.wheels;
    parts.push(`pip install -r ${file}: ${r.count ? `${r.top}${r.count > 1 ? ` and ${r.count - 1} more packages` : ''}` : 'nothing new'}`);
    if (r.unknown.length > r.count / 2 || req.missing.length) conf = 'guessed';
    local += req.local;
  }
  if (unread.length || local) {
    const d = def('pipRequirementsUnknown');
    const n = unread.length + local;
    bytes += d[0] * n; low += d[1] * n; high += d[2] * n; wheels += (d[0] * n) / pythonTable.expansion.b; // the wheels behind the installed bytes
    parts.push(unread.length ? `pip install -r ${unread.join(' ')} (unseen requirements)` : 'pip install of a local project');
    conf = 'guessed';
  }
  if (!parts.length) return;
  s.pipBytes += bytes;
  write(ctx, `${dest}/.pip-${ctx.layer}-${s.counter++}`, bytes, low, high, `${parts.join('; ')}, ${formatBytes(bytes)}`, conf);
  const noCache = hasFlag(cmd, '--no-cache-dir') || /^(1|true|yes|on|off|0|false)$/i.test(s.env.PIP_NO_CACHE_DIR ?? '') ;
  if (!noCache) {
    const cacheDir = flagValues(cmd, '--cache-dir')[0];
    write(ctx, cacheDir ? pathOf(ctx, cacheDir) : `${home(s)}/.cache/pip`, wheels, wheels * 0.5, wheels * 1.2,
      `pip cache of downloaded wheels, ${formatBytes(wheels)}`, conf);
  }
}

/** The requirements file a COPY brought from a context whose text is known, parsed; else null. */
function readRequirements(ctx: LayerContext, file: string): Requirements | null {
  const context = ctx.buildContext;
  if (!context) return null;
  const at = normPath(file, ctx.state.workdir);
  const from = ctx.boundFiles?.get(at) ?? ctx.state.contextFiles.get(at);
  const text = from === undefined ? null : contextText(context, from);
  if (text !== null && from !== undefined) return parseRequirements(text, from, (p) => contextText(context, p));
  return context.requirements ? parseRequirements(context.requirements, 'requirements.txt', (p) => contextText(context, p)) : null;
}

/** share of a fresh venv that is its site-packages (pip, setuptools), the rest being bin/ and pyvenv.cfg */
const VENV_SITE_SHARE = 0.85;

function venv(cmd: ShellCommand, ctx: LayerContext): void {
  const dir = positionalArgs(cmd, ['--prompt', '-p', '--python'])[0];
  if (!dir) return;
  const at = pathOf(ctx, dir);
  // pip and setuptools are most of it, and live in its site-packages: a COPY of that directory alone carries them
  writeDefault(ctx, `${at}/lib/python3/site-packages/pip`, def('pythonVenvOverhead'), 'python venv with pip and setuptools', VENV_SITE_SHARE);
  writeDefault(ctx, at, def('pythonVenvOverhead'), 'python venv: interpreter links and scripts', 1 - VENV_SITE_SHARE);
}

function pyinstaller(cmd: ShellCommand, ctx: LayerContext): void {
  // onefile bundles compress the interpreter and the imported packages (~half of site-packages)
  const bytes = 10e6 + 0.5 * ctx.state.pipBytes;
  const dist = flagValues(cmd, '--distpath')[0] ?? 'dist';
  write(ctx, pathOf(ctx, dist), bytes, 5e6 + 0.2 * ctx.state.pipBytes, 20e6 + 1.0 * ctx.state.pipBytes, `PyInstaller bundle, ${formatBytes(bytes)}`, 'guessed');
}

function node(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const pos = positionalArgs(cmd, NPM_OPTS);
  // a bare `yarn` installs; `yarn --version` (a smoke test) does not
  const sub = pos[0] ?? (cmd.base === 'yarn' && !hasFlag(cmd, '--version', '-v', '--help', '-h') ? 'install' : '');
  if (sub === 'cache' && pos[1] === 'clean') {
    remove(ctx, `${home(s)}/.npm`); remove(ctx, '/usr/local/share/.cache/yarn'); remove(ctx, `${home(s)}/.cache/yarn`);
    return;
  }
  if (sub === 'prune') return;
  if (sub === 'run' || sub === 'build' || sub === 'run-script') {
    if (/build/.test(pos[1] ?? sub)) write(ctx, pathOf(ctx, 'dist'), 20e6, 1e6, 300e6, `${cmd.base} build output, 20 MB`, 'guessed');
    return;
  }
  const installs = ['ci', 'install', 'i', 'add'];
  if (!installs.includes(sub)) return;
  const pkgs = pos.slice(1);
  const global = hasFlag(cmd, '-g', '--global') || (cmd.base === 'yarn' && pos[0] === 'global');
  const prod = hasFlag(cmd, '--production', '--prod') || flagValues(cmd, '--omit').includes('dev') || /^production$/.test(s.env.NODE_ENV ?? '');
  let d: DefaultEntry, label: string, scale = 1;
  if (pkgs.length) { d = def('npmPackage'); scale = pkgs.length; label = `${cmd.base} ${sub} ${pkgs.slice(0, 3).join(' ')}`; }
  else { d = def(prod ? 'npmNodeModulesProd' : 'npmNodeModules'); label = `node_modules of an unseen package.json${prod ? ' (production only)' : ''}`; }
  const dest = global ? '/usr/local/lib/node_modules' : pathOf(ctx, 'node_modules');
  writeDefault(ctx, global ? `${dest}/.${ctx.layer}-${s.counter++}` : dest, d, label, scale);
  const cf = def(cmd.base === 'npm' ? 'npmCacheFactor' : 'yarnCacheFactor');
  const cacheDir = cmd.base === 'npm' ? `${home(s)}/.npm` : cmd.base === 'yarn' ? '/usr/local/share/.cache/yarn' : `${home(s)}/.local/share/pnpm`;
  if (cmd.base === 'bun') return;
  const bytes = d[0] * scale * cf[0];
  write(ctx, cacheDir, bytes, d[1] * scale * cf[1], d[2] * scale * cf[2], `${cmd.base} cache left in this layer, ${formatBytes(bytes)}`, 'guessed');
}

function go(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const pos = positionalArgs(cmd, ['-o', '-ldflags', '-tags', '-gcflags', '-mod', '-trimpath', '-p']);
  const sub = pos[0];
  const gopath = s.env.GOPATH ?? '/go';
  const modCache = `${gopath}/pkg/mod`;
  if (sub === 'clean') {
    if (hasFlag(cmd, '-modcache')) remove(ctx, modCache);
    if (hasFlag(cmd, '-cache')) remove(ctx, `${home(s)}/.cache/go-build`);
    return;
  }
  if (sub === 'mod' && pos[1] === 'download') return writeCache(ctx, modCache, def('goModCache'), 'Go module cache');
  if (sub !== 'build' && sub !== 'install') return;
  if (!s.vfs.entries.some((e) => e.path === modCache)) writeDefault(ctx, modCache, def('goModCache'), 'Go module cache');
  writeCache(ctx, `${home(s)}/.cache/go-build`, def('goBuildCache'), 'Go build cache');
  const out = flagValues(cmd, '-o')[0];
  const dest = sub === 'install' ? `${gopath}/bin/${ctx.layer}` : out ? pathOf(ctx, out) : pathOf(ctx, 'app');
  writeDefault(ctx, dest, def('goBinary'), `Go binary ${out ?? ''}`.trim(), /-s -w|-s\b/.test(flagValues(cmd, '-ldflags').join(' ')) ? 0.7 : 1);
}

function jvm(ctx: LayerContext, cacheKey: string, cacheDir: string, out: string, builds: boolean, resolves: boolean): void {
  if (!builds && !resolves) return;
  writeCache(ctx, cacheDir, def(cacheKey), cacheKey === 'mavenRepo' ? 'Maven repository (~/.m2)' : 'Gradle caches (~/.gradle)');
  if (builds) writeDefault(ctx, pathOf(ctx, out), def('jar'), 'built JAR');
}

function cargo(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const sub = positionalArgs(cmd, ['--target', '-p', '--package', '--bin', '--features', '-j', '--root'])[0];
  const cargoHome = s.env.CARGO_HOME ?? `${home(s)}/.cargo`;
  if (sub === 'build' || sub === 'install') {
    writeCache(ctx, `${cargoHome}/registry`, def('cargoRegistry'), 'cargo registry');
    // the bulk (deps/, build/, incremental/) under the profile's directory, beside the binaries: a
    // COPY of target/release/<name> takes one binary, a COPY of target/release all of it
    const targetDir = flagValues(cmd, '--target-dir')[0] ?? s.env.CARGO_TARGET_DIR ?? 'target';
    const profile = hasFlag(cmd, '--release', '-r') ? 'release' : flagValues(cmd, '--profile')[0] ?? 'debug';
    if (sub === 'build') writeDefault(ctx, pathOf(ctx, `${targetDir}/${profile}/deps`), def('cargoTarget'), 'cargo target/ directory');
    else writeDefault(ctx, `${cargoHome}/bin/${ctx.layer}`, def('rustBinary'), 'cargo-installed binary');
  }
}

function download(cmd: ShellCommand, all: ShellCommand[], i: number, ctx: LayerContext): void {
  const urls = cmd.args.filter((a) => /^(https?|ftp):\/\//.test(a));
  if (!urls.length) return;
  const d = def('download');
  const next = all[i + 1];
  const piped = cmd.pipeline.length > 1 && next && next.pipeline.id === cmd.pipeline.id;
  if (piped && (next.base === 'sh' || next.base === 'bash')) return writeDefault(ctx, `/opt/.installer-${ctx.layer}`, d, `installer script from ${host(urls[0])}`);
  if (piped && next.base === 'tar') {
    const dir = flagValues(next, '-C', '--directory')[0];
    return writeDefault(ctx, dir ? pathOf(ctx, dir) : pathOf(ctx, `.extract-${ctx.layer}`), d, `archive from ${host(urls[0])}, extracted`, 2.5);
  }
  const out = cmd.base === 'curl' ? flagValues(cmd, '-o', '--output')[0] : flagValues(cmd, '-O', '--output-document')[0];
  if (out === '-' || (piped && !out)) return;
  const file = out ?? urls[0].split(/[?#]/)[0].split('/').pop() ?? 'download';
  writeDefault(ctx, pathOf(ctx, file), d, `download from ${host(urls[0])}`);
}

const host = (u: string) => u.replace(/^\w+:\/\//, '').split('/')[0];

function extract(cmd: ShellCommand, ctx: LayerContext): void {
  const s = ctx.state;
  const isTar = cmd.base === 'tar';
  if (isTar && !cmd.args.some((a) => /^-?[a-zA-Z]*x/.test(a) || a === '--extract')) return;
  const archive = isTar ? flagValues(cmd, '-f', '--file')[0] ?? cmd.args.find((a) => /\.(tar|tgz|gz|xz|bz2|zst)/.test(a) && !a.startsWith('-')) : positionalArgs(cmd, ['-d'])[0];
  if (!archive) return;
  const path = pathOf(ctx, archive);
  const src = s.vfs.under(path);
  if (src.bytes === 0) return;
  const dir = isTar ? flagValues(cmd, '-C', '--directory')[0] : flagValues(cmd, '-d')[0];
  const dest = pathOf(ctx, dir ?? `.extract-${ctx.layer}`);
  write(ctx, dest === '/' ? `/.extract-${ctx.layer}` : dest, src.bytes * 2.5, src.low * 1.2, src.high * 4, `extracted ${archive.split('/').pop()}, ${formatBytes(src.bytes * 2.5)}`, 'guessed');
}

function rm(cmd: ShellCommand, ctx: LayerContext): void {
  for (const w of cmd.argv.slice(1)) {
    if (w.value.startsWith('-')) continue;
    const p = pathOf(ctx, w.value.replace(/\*.*$/, ''));
    if (p === '/') continue;
    remove(ctx, p);
  }
}

/** chmod/chown -R in a later layer copies every file under the path into this layer. */
function repermission(cmd: ShellCommand, ctx: LayerContext): void {
  if (!hasFlag(cmd, '-R', '--recursive')) return;
  const s = ctx.state;
  const paths = positionalArgs(cmd, ['--reference', '--from']).slice(1).filter((p) => !p.startsWith('$') || p.startsWith('${'));
  for (const raw of paths) {
    const p = pathOf(ctx, raw);
    if (p === '/') continue;
    const moved = s.vfs.entries.filter((e) => (e.path === p || e.path.startsWith(`${p}/`)) && e.layer !== ctx.layer);
    for (const e of moved) {
      remove(ctx, e.path);
      write(ctx, e.path, e.bytes, e.low, e.high, `${cmd.base} -R ${raw} copies ${formatBytes(e.bytes)} of ${e.label.split(',')[0]}`, s.confidence.get(e.label) ?? 'guessed', e.origin);
    }
  }
}
