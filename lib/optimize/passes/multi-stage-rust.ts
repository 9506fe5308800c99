import type { Instruction } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { fromLine, installRun, METADATA, packagesOnly, replaceStage, splitPackages, resolvePath, SHARED, source, startCommand, workdirAt, writerFor, officialSingleStage } from '../multistage';
import type { Pass } from '../types';
import { DISTROLESS_RELEASE } from '../distroless';

/** rust:1 has built on Debian stable (trixie) since 2025-08; the runtime must be the same release for glibc to match. */
const DEFAULT_SUITE = 'trixie';

/** Build-only packages of a Rust image: compilers, pkg-config and the like (the -dev packages are split off already). */
const RUST_TOOLCHAIN = /^(build-essential|gcc|g\+\+|make|cmake|clang|llvm|pkg-config|pkgconf|musl-tools|musl-dev|protobuf-compiler|git|curl|wget|perl|python3)$/;

export const pass: Pass = {
  id: 'multi-stage-rust',
  title: 'Multi-stage build for a Rust program',
  risk: 'structural',
  lesson: 'multi-stage',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const official = officialSingleStage(model, 'rust');
    if (!official) return changes.output();
    const { stage, tag, family } = official;
    const list = stage.instructions.slice(1);
    let build: Instruction | null = null;
    let installed: string | null = null;
    for (const ins of list) {
      if (ins.keyword !== 'RUN') continue;
      const cmds = commandsOf(editableScript(model, ins)!);
      const cargo = cmds.find((c) => c.base === 'cargo' && (c.args[0] === 'build' || c.args[0] === 'install'));
      if (cargo) {
        if (build) return changes.output();
        if (cargo.args[0] === 'build' && !cargo.args.includes('--release') && !cargo.args.includes('-r')) return changes.output();
        if (cargo.args[0] === 'install') installed = '/usr/local/cargo/bin';
        build = ins;
      } else if (!cmds.every((c) => c.base === 'cargo' || c.base === 'rustup') && !packagesOnly(model, ins)) {
        return changes.output();
      }
    }
    if (!build || list.some((i) => i.keyword === 'HEALTHCHECK')) return changes.output();
    const start = startCommand(stage);
    const argv = start.entrypoint ?? start.cmd;
    if (start.shellForm || !argv || /[$*?]/.test(argv[0])) return changes.output();
    const wd = workdirAt(stage, null)!;
    let binary: string;
    if (argv[0].includes('/')) {
      binary = resolvePath(wd, argv[0]);
      if (!binary.includes('/target/release/') && !(installed && binary.startsWith(installed))) return changes.output();
    } else if (installed) {
      binary = `${installed}/${argv[0]}`;
    } else return changes.output();

    // a cargo install lands in /usr/local/cargo/bin, which only the rust image has on PATH
    const target = installed && !argv[0].includes('/') ? `/usr/local/bin/${argv[0]}` : binary;
    // the libraries the binary links (libpq5 for libpq-dev) and the packages the program calls (ffmpeg) ship too
    const runtimePackages = ['ca-certificates'];
    for (const ins of list) {
      if (ins.keyword !== 'RUN' || ins.index > build.index) continue;
      const split = splitPackages(model, ins);
      if (split?.unknownDev.length || split?.fromAddedSource) return changes.output();
      split?.runtime.filter((p) => !RUST_TOOLCHAIN.test(p)).forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
    }
    const suite = /(bookworm|bullseye|trixie)/.exec(tag)?.[1] ?? DEFAULT_SUITE;
    const smallest = options.profile === 'smallest';
    const runtime =
      // glibc runs programs built against an older version: a bookworm or trixie build starts on the maintained release
      family === 'alpine' ? 'alpine:3.22' : smallest && suite !== 'bullseye' && runtimePackages.length === 1 ? `gcr.io/distroless/cc-${DISTROLESS_RELEASE}:nonroot` : `debian:${suite}-slim`;
    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';
    w.line(fromLine(model, stage, `${image} ${asKw} build`));
    for (const ins of list) {
      if (ins.index > build.index) break;
      if (!METADATA.has(ins.keyword)) w.line(source(model, ins));
    }
    w.blank();
    w.line(`${stage.from.rawKeyword} ${runtime}`);
    if (runtime.startsWith('debian')) installRun(w, 'debian', runtimePackages);
    if (runtime.startsWith('alpine')) installRun(w, 'alpine', runtimePackages);
    for (const ins of list) {
      if (ins === build) w.line(`${w.kw('COPY')} --from=build ${binary} ${target}`);
      // files copied in after the build are what the program reads at run time (templates, static)
      else if (SHARED.has(ins.keyword) || METADATA.has(ins.keyword) || (ins.index > build.index && (ins.keyword === 'COPY' || ins.keyword === 'ADD'))) w.line(source(model, ins));
    }
    changes.add(
      `Build with ${image}, ship the binary on ${runtime}`,
      `${image} is the whole Rust toolchain plus the build's target directory, often 1-2 GB; the program needs only its release binary. ` +
        `The runtime stage is ${runtime}, ${family === 'alpine' ? 'the same musl libc the binary was built for' : `the same Debian release as the builder (${suite}), so the glibc the binary links against is there`}, ` +
        `with CA certificates for HTTPS${runtimePackages.length > 1 ? ` and ${runtimePackages.slice(1).join(', ')}, which the program or its linked libraries need` : ''}. ` +
        `${target === binary ? `Only ${binary} is copied` : `The installed binary is copied to ${target}, on the runtime's PATH`}, with the files copied in after the build: add any other files the program reads at run time.`,
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};
