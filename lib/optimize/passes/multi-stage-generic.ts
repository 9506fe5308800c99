import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { Changes } from '../edit';
import { familyOf, isInstall, runCommands } from '../facts';
import { releaseOf, runtimePackagesOf } from '../distro-libraries';
import { fromLine, installRun, METADATA, replaceStage, resolvePath, SHARED, singleStage, source, splitPackages, workdirAt, writerFor, type PackageRoles } from '../multistage';
import { isUnder, readSourceBuild, runRole, topCommands, type SourceBuild } from '../source-build';
import { callsBuildTools, TOOLCHAIN } from './remove-build-toolchain';
import type { Pass } from '../types';

/** Compiler companions and headers besides the toolchain itself: the builder's alone. */
const BUILD_HELPERS = new Set(['build-base', 'musl-dev', 'libc6-dev', 'libc-dev', 'linux-headers', 'linux-libc-dev', 'pkgconf', 'ninja-build', 'ninja', 'samurai', 'bison', 'flex', 'gperf', 'm4', 'binutils', 'autoconf-archive', 'libtool-bin', 'dpkg-dev']);
/** Tools that fetch and unpack sources: the builder's alone unless a runtime step names them. */
const FETCH_TOOLS = new Set(['git', 'curl', 'wget', 'unzip', 'xz-utils', 'xz', 'bzip2', 'gnupg', 'gnupg2', 'dirmngr', 'patch']);

/** Instructions that run a program in the image. */
const RUNS_SOMETHING = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);
/** Instructions (besides RUN) whose words may name files the runtime stage must have. */
const NAMES_FILES = new Set(['ENV', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'VOLUME']);

function toolchainPackage(p: string): boolean {
  return TOOLCHAIN.has(p.replace(/-\d+$/, '')) || BUILD_HELPERS.has(p) || /^lib(stdc\+\+|gcc)(-\d+)?-dev$/.test(p);
}

interface Plan {
  stage: Stage;
  family: 'debian' | 'alpine';
  image: string;
  runtimeImage: string;
  build: SourceBuild;
  toolchain: string[];
  /** -dev packages only the builder gets */
  headers: string[];
  runtimePackages: string[];
  /** fetch tools left in the builder */
  fetchTools: string[];
  /** the first RUN that installs packages: the runtime stage installs its libraries there */
  firstInstall: Instruction;
  ldconfig: boolean;
}

/** The words of an instruction that may name a file, split at `=` and `:` (options, PATH). */
function pathWords(ins: Instruction): string[] {
  const words = ins.keyword === 'ENV' ? ins.pairs.map((p) => p.value) : (ins.json ?? ins.words.map((w) => w.value));
  return words.flatMap((w) => w.split(/[=:]/)).filter((w) => (w.includes('/') || w.startsWith('.')) && !/^\/\//.test(w));
}

/** The paths a COPY or ADD writes (a whole directory for `COPY . dir`). */
function copied(stage: Stage, ins: Instruction): string[] {
  const args = ins.json ?? ins.words.map((w) => w.value);
  const dest = args.at(-1) ?? '';
  const workdir = workdirAt(stage, ins) ?? '/';
  const intoDir = args.length > 2 || dest.endsWith('/') || dest === '.' || dest === '..';
  return args.slice(0, -1).map((src) => {
    const name = src.replace(/\/+$/, '').split('/').pop() ?? '';
    return resolvePath(workdir, intoDir && name !== '.' && name !== '' ? `${dest}/${name}` : dest);
  });
}

function planSplit(model: DockerfileModel): Plan | null {
  const stage = singleStage(model);
  const release = stage && releaseOf(stage);
  const family = stage && familyOf(model, stage);
  const image = stage?.from.words[0]?.value ?? '$';
  if (!stage || !release || (family !== 'debian' && family !== 'alpine') || image.includes('$')) return null;
  const build = readSourceBuild(model, stage);
  if (!build) return null;
  const list = stage.instructions.slice(1);
  const last = build.lastInstall.index;
  const runtimeSteps = list.filter((i) => i.index > last || METADATA.has(i.keyword) || i.keyword === 'ENV');
  if (runtimeSteps.some((i) => RUNS_SOMETHING.has(i.keyword) && callsBuildTools(i))) return null;

  // sources, build trees and downloads stay in the builder: nothing the runtime stage runs may refer to them
  const builderOnly = build.workDirs.filter((d) => !build.prefixes.some((p) => isUnder(d, p)));
  const provided = [...build.prefixes];
  for (const ins of runtimeSteps) if (ins.keyword === 'COPY' || ins.keyword === 'ADD') provided.push(...copied(stage, ins));
  const leftBehind = (path: string, workdir: string): boolean => {
    const p = resolvePath(workdir, path);
    return builderOnly.some((d) => isUnder(p, d)) && !provided.some((q) => isUnder(p, q));
  };
  for (const ins of runtimeSteps) {
    const workdir = workdirAt(stage, ins.keyword === 'RUN' ? ins : null);
    if (workdir === null) return null;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') continue;
    if (ins.keyword === 'RUN') {
      const role = runRole(model, ins);
      if (role !== 'packages' && role !== 'setup') return null;
      const args = (topCommands(model, ins) ?? []).filter((c) => c.base !== 'rm').flatMap((c) => c.args);
      if (args.some((a) => (a.includes('/') || a.startsWith('.')) && leftBehind(a, workdir))) return null;
    } else if (NAMES_FILES.has(ins.keyword) && pathWords(ins).some((w) => leftBehind(w, workdir))) return null;
  }
  for (const ins of list) {
    if (ins.index > last) break;
    if (ins.keyword === 'RUN' && runRole(model, ins) === null) return null;
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
    // what is copied before the build is its source (or part of the install): it must land where the build works or installs
    const dest = (ins.json ?? ins.words.map((w) => w.value)).at(-1);
    const workdir = workdirAt(stage, ins);
    const at = dest && workdir !== null && !dest.includes('$') ? resolvePath(workdir, dest) : '/';
    if (at === '/' || ![...build.workDirs, ...build.prefixes].some((d) => isUnder(at, d))) return null;
  }

  const mentioned = (p: string): boolean => runtimeSteps.some((i) => i.argsText.split(/[^\w.+-]+/).includes(p));
  const roles: PackageRoles = {
    buildOnly: (p) => toolchainPackage(p) || (FETCH_TOOLS.has(p) && !mentioned(p)),
    runtimeOf: (dev) => runtimePackagesOf(dev, release),
  };
  const runtimePackages: string[] = [];
  const builderPackages: string[] = [];
  let firstInstall: Instruction | null = null;
  for (const ins of list) {
    if (ins.index > last || ins.keyword !== 'RUN' || !runCommands(model, ins).some(isInstall)) continue;
    const split = splitPackages(model, ins, roles);
    if (!split || split.unknownDev.length || split.fromAddedSource) return null;
    firstInstall ??= ins;
    split.runtime.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
    builderPackages.push(...split.build);
  }
  const toolchain = [...new Set(builderPackages.filter(toolchainPackage))];
  // a Fortran program needs libgfortran at run time, which no -dev package names
  if (!firstInstall || !toolchain.length || toolchain.some((p) => p.startsWith('gfortran'))) return null;
  // Alpine's base has no C++ runtime: a program compiled with g++ needs it
  if (family === 'alpine') runtimePackages.push(...['libstdc++', 'libgcc'].filter((p) => !runtimePackages.includes(p)));

  const tag = stage.image.tag!;
  return {
    stage,
    family,
    image,
    runtimeImage: release.distro === 'debian' && !tag.endsWith('-slim') ? `${image}-slim` : image,
    build,
    toolchain,
    headers: [...new Set(builderPackages.filter((p) => !toolchainPackage(p) && p.endsWith('-dev')))],
    runtimePackages,
    fetchTools: [...new Set(builderPackages.filter((p) => FETCH_TOOLS.has(p)))],
    firstInstall,
    ldconfig: family === 'debian' && build.prefixes.includes('/usr/local'),
  };
}

function render(model: DockerfileModel, plan: Plan): string {
  const { stage, build } = plan;
  const w = writerFor(model);
  const list = stage.instructions.slice(1);
  const last = build.lastInstall.index;
  w.line(fromLine(model, stage, `${plan.image} ${w.style.lowerKeywords ? 'as' : 'AS'} builder`));
  for (const ins of list) if (ins.index <= last && !METADATA.has(ins.keyword)) w.line(source(model, ins));
  w.blank();
  w.line(`${stage.from.rawKeyword} ${plan.runtimeImage}`);
  for (const ins of list) {
    const forRuntime = ins.index > last || SHARED.has(ins.keyword) || METADATA.has(ins.keyword) || (ins.keyword === 'RUN' && runRole(model, ins) === 'setup');
    if (forRuntime) w.line(source(model, ins));
    if (ins === plan.firstInstall) installRun(w, plan.family, plan.runtimePackages);
    if (ins === build.lastInstall) {
      for (const p of build.prefixes) w.line(`${w.kw('COPY')} --from=builder ${p} ${p}`);
      if (plan.ldconfig) w.line(`${w.kw('RUN')} ldconfig`);
    }
  }
  return w.text();
}

function listed(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}

function why(plan: Plan): string {
  const { build } = plan;
  const prefixes = listed(build.prefixes);
  const inPrefix = build.workDirs.filter((d) => build.prefixes.some((p) => isUnder(d, p)));
  const topInPrefix = inPrefix.filter((d) => !inPrefix.some((o) => o !== d && isUnder(d, o)));
  const [tools, them] = [plan.fetchTools, plan.fetchTools.length > 1 ? 'them' : 'it'];
  return (
    `The image ships everything the build needed: ${listed(plan.toolchain)}${plan.headers.length ? `, the headers of ${listed(plan.headers)}` : ''}, the sources and the object files. ` +
    `The builder stage keeps them; the runtime stage starts from ${plan.runtimeImage}` +
    (plan.runtimePackages.length ? `, installs ${listed(plan.runtimePackages)} (the shared libraries a program built there links against)` : '') +
    ` and copies only what the install step put in ${prefixes}. ` +
    (plan.ldconfig ? 'It then runs ldconfig: the dynamic loader finds libraries in /usr/local/lib only through its cache, which the copy does not bring (harmless when there are none). ' : '') +
    (topInPrefix.length ? `The build works in ${listed(topInPrefix)}, inside the install prefix, so those files come along: build elsewhere to leave them behind. ` : '') +
    (tools.length ? `${listed(tools)} ${tools.length > 1 ? 'stay' : 'stays'} in the builder: install ${them} in the runtime stage if a script calls ${them} at run time. ` : '') +
    `Check that the program starts: a library it loads by name at run time (a plugin, dlopen, OpenMP's libgomp) is invisible to the split and must be added to the runtime stage, and so must files the install wrote outside ${prefixes}.`
  );
}

export const pass: Pass = {
  id: 'multi-stage-generic',
  title: 'Multi-stage build for software built from source',
  risk: 'structural',
  lesson: 'multi-stage',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const plan = planSplit(model);
    if (plan) {
      changes.add(`Build from source in a builder stage, ship ${plan.runtimeImage}`, why(plan), [replaceStage(model, plan.stage, render(model, plan))]);
    }
    return changes.output();
  },
};
