import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { cgoCopiesWithoutLibc, type DynamicGoBuild } from '../../rules/correctness/cgo-binary-without-libc';
import { runSites } from '../../rules/correctness/_run-scan';
import { stageChain } from '../../rules/size/_stages';
import { Changes, kw, styleOf } from '../edit';
import type { Pass } from '../types';

/** Packages whose install says the Go program compiles C code (headers, compilers, pkg-config). */
const C_TOOLCHAIN = /(-dev|-devel)$|^(gcc|g\+\+|clang|build-essential|build-base|musl-dev|libc6-dev|pkg-config|pkgconf|cmake|swig)$/;
const INSTALLERS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf']);

/**
 * Signs in the build's stages that the program needs cgo: CGO_ENABLED=1 or a C compiler named,
 * C libraries or a compiler installed, or go flags that only work with cgo (-race, external
 * linking, C build modes). Without any of them a static build is what the author meant.
 */
function needsCgo(model: DockerfileModel, stage: Stage, builds: readonly DynamicGoBuild[]): boolean {
  const chain = stageChain(model, stage);
  const indexes = new Set(chain.map((s) => s.index));
  const cgoOn = (name: string, value: string) => (name === 'CGO_ENABLED' && value !== '0') || name === 'CC' || name === 'CXX';
  for (const s of chain) {
    for (const ins of s.instructions) {
      if ((ins.keyword === 'ENV' || ins.keyword === 'ARG') && ins.pairs.some((p) => cgoOn(p.key, p.value))) return true;
    }
  }
  for (const site of runSites(model)) {
    if (site.onbuild || !indexes.has(site.run.stageIndex)) continue;
    for (const { cmd } of site.commands) {
      if (cmd.assignments.some((a) => cgoOn(a.name, a.value))) return true;
      if (cmd.base === 'export' && cmd.args.some((a) => /^(CGO_ENABLED=(?!0$)|CC=|CXX=)/.test(a))) return true;
      if (INSTALLERS.has(cmd.base) && cmd.args.some((a) => a === 'install' || a === 'add') && cmd.args.some((a) => C_TOOLCHAIN.test(a.replace(/[=:].*$/, '')))) return true;
    }
  }
  return builds.some(({ cmd }) => cmd.args.some((a) => /^-(race|linkmode|extldflags|buildmode=(c-shared|c-archive|plugin|pie))/.test(a.replace(/^--/, '-'))));
}

/**
 * The edit that turns cgo off for one build: `CGO_ENABLED=0 ` before the go command when it is
 * a command of the RUN's own script, else an ENV line above the RUN (a go build inside `sh -c`).
 */
function staticEdit(model: DockerfileModel, build: DynamicGoBuild): { start: number; end: number; text: string } {
  const { run, cmd, embedded } = build;
  if (embedded.script.commands.includes(cmd)) {
    const at = embedded.offsets[cmd.start];
    return { start: at, end: at, text: 'CGO_ENABLED=0 ' };
  }
  const style = styleOf(model);
  const lineStart = model.lineStarts[run.span.start.line - 1];
  const indent = /^[ \t]*/.exec(model.text.slice(lineStart, run.span.startOffset))![0];
  return { start: lineStart, end: lineStart, text: `${indent}${kw(style, 'ENV')} CGO_ENABLED=0${style.eol}` };
}

export const pass: Pass = {
  id: 'static-go-build',
  title: 'Static Go binary for an image without a C library',
  risk: 'review',
  lesson: 'distroless',
  resolves: ['cgo-binary-without-libc'],
  profiles: ['safe', 'recommended', 'smallest'],
  repairs: true,
  apply({ model }) {
    const changes = new Changes(this);
    const done = new Set<Instruction>();
    for (const { src, root, builds } of cgoCopiesWithoutLibc(model)) {
      if (needsCgo(model, src, builds)) continue; // the runtime-with-libc pass gives it glibc instead
      const target = root.isScratch ? 'scratch' : root.image.raw;
      for (const build of builds) {
        if (done.has(build.run)) continue;
        done.add(build.run);
        changes.add(
          `CGO_ENABLED=0 for the go build on line ${build.run.span.start.line}`,
          `On the Debian-based golang images go build uses cgo by default, and a program that imports net or os/user is then linked against glibc, which ${target} does not have: the container fails at start with "no such file or directory". Nothing in the build stages installs C libraries or asks for cgo, so building with CGO_ENABLED=0 gives a static binary that runs on ${target}, and the image stays as small. If the program does need cgo (a C library through import "C"), switch this off: the runtime then moves to distroless base, which has glibc.`,
          [staticEdit(model, build)],
        );
      }
    }
    return changes.output();
  },
};
