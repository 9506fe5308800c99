import type { Instruction, Stage } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { Changes, commandsOf, editableScript, subcommandWord } from '../edit';
import { repoName } from '../facts';
import { fromLine, METADATA, packagesOnly, replaceStage, resolvePath, SHARED, singleStage, source, startCommand, workdirAt, writerFor } from '../multistage';
import { wholeContextCopy } from './copy-manifests-first';
import { DISTROLESS_RELEASE } from '../distroless';
import type { Pass } from '../types';

/** `go build`, or else `go install` of the sources here (`go install tool@v1` fetches a tool: not the program). */
function goBuild(cmds: ShellCommand[]): ShellCommand | null {
  const sub = (c: ShellCommand) => (c.base === 'go' ? subcommandWord(c)?.value : undefined);
  return cmds.find((c) => sub(c) === 'build') ?? cmds.find((c) => sub(c) === 'install' && !packageArgs(c).some((a) => a.includes('@'))) ?? null;
}

/** The package arguments of a go build or install (after the subcommand, not flags or their values). */
function packageArgs(cmd: ShellCommand): string[] {
  const args = cmd.args.slice(cmd.args.indexOf(subcommandWord(cmd)!.value) + 1);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (/^-(o|ldflags|gcflags|tags|mod|modfile|p|pkgdir|buildmode|compiler|installsuffix|overlay|pgo|asmflags|gccgoflags|toolexec)$/.test(args[i])) i++;
    else if (!args[i].startsWith('-')) out.push(args[i]);
  }
  return out;
}

/** Directories on PATH in the golang images, and in distroless (where a bare command name is looked up). */
const GOLANG_PATH = ['/go/bin', '/usr/local/go/bin', '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const DISTROLESS_PATH = GOLANG_PATH.slice(2);
/** Reloaders and debuggers that rebuild or run the sources: they need the Go toolchain at run time. */
const DEV_TOOLS = new Set(['air', 'reflex', 'gin', 'CompileDaemon', 'compiledaemon', 'realize', 'modd', 'watchexec', 'dlv', 'fresh', 'gow']);

/**
 * Files copied in for the program to read at run time, not to compile: configuration, .env,
 * templates, static assets, migrations. Go sources and module files are not among them.
 */
const RUNTIME_FILE = /(^|\/)(\.env[\w.-]*|[\w.-]+\.(env|ya?ml|json|toml|ini|conf|cfg|properties|pem|crt|html|tmpl|sql)|configs?|templates?|static|public|web|assets|migrations|views|i18n|locales?)\/?$/;

/**
 * COPY instructions before the build whose every source is such a file: the runtime stage repeats
 * them from the build context, so a directory lands as it did (its contents, not the directory).
 */
function runtimeFileCopies(list: Instruction[], build: Instruction): Instruction[] {
  return list.filter((ins) => {
    if (ins.index > build.index || (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || wholeContextCopy(ins) !== null || ins.flags.some((f) => f.name.toLowerCase() === 'from')) return false;
    const sources = (ins.json ?? ins.words.map((w) => w.value)).slice(0, -1);
    return sources.length > 0 && sources.every((src) => RUNTIME_FILE.test(src) && !/[*?$]/.test(src));
  });
}

function outputOf(cmd: ShellCommand): string | null {
  const i = cmd.args.indexOf('-o');
  if (i >= 0) return cmd.args[i + 1] ?? null;
  const eq = cmd.args.find((a) => a.startsWith('-o='));
  return eq ? eq.slice(3) : null;
}

const dirname = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/'))) || '/';

/**
 * Where the build leaves the binary that the start command runs, or null when that is not sure:
 * `-o`, the package's own name for a plain `go build` in the working directory, or GOBIN (else
 * $GOPATH/bin, /go/bin in the golang images) for `go install`.
 */
function binaryOf(stage: Stage, list: Instruction[], cmd: ShellCommand, wd: string, argv0: string, startWd: string): string | null {
  const env = (key: string) => [...list].reverse().find((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === key))?.pairs.find((p) => p.key === key)?.value ?? null;
  const bare = !argv0.includes('/');
  if (bare && env('PATH') !== null) return null; // the start command is looked up on a PATH of the user's
  const out = outputOf(cmd);
  const install = subcommandWord(cmd)!.value === 'install';
  let binary: string | null;
  if (install) {
    // cross-compiled installs go to bin/GOOS_GOARCH; GOBIN and GOPATH may come from ENV
    if (cmd.assignments.some((a) => a.name === 'GOOS' || a.name === 'GOARCH') || env('GOOS') !== null || env('GOARCH') !== null) return null;
    const gobin = cmd.assignments.find((a) => a.name === 'GOBIN')?.value ?? env('GOBIN') ?? `${env('GOPATH') ?? '/go'}/bin`;
    if (gobin.includes('$')) return null;
    binary = `${gobin.replace(/\/+$/, '')}/${argv0.split('/').pop()}`;
  } else if (out) {
    if (out.endsWith('/')) return null;
    binary = resolvePath(wd, out);
  } else {
    // no -o: the binary is named after the package and lands in the working directory, which the
    // start command names; only for the package here, and a name no COPY brings in
    const pkgs = packageArgs(cmd);
    if (bare || !stage.instructions.some((i) => i.keyword === 'WORKDIR') || pkgs.some((p) => p !== '.' && p !== './')) return null;
    const named = resolvePath(startWd, argv0);
    if (dirname(named) !== wd || /\./.test(named.split('/').pop()!)) return null;
    if (list.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.words.some((x) => x.value.replace(/^\.\//, '') === argv0.replace(/^\.\//, '')))) return null;
    binary = named;
  }
  if (bare) return binary.split('/').pop() === argv0 && GOLANG_PATH.includes(dirname(binary)) ? binary : null;
  return resolvePath(startWd, argv0) === binary ? binary : null;
}

export const pass: Pass = {
  id: 'multi-stage-go',
  title: 'Multi-stage build for a Go program',
  risk: 'structural',
  lesson: 'distroless',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const stage = singleStage(model);
    if (!stage || repoName(stage) !== 'golang' || stage.image.registry) return changes.output();
    const list = stage.instructions.slice(1);
    if (list.some((i) => i.keyword === 'HEALTHCHECK')) return changes.output(); // probes usually need a shell and curl
    const start = startCommand(stage);
    if (start.shellForm || (!start.cmd && !start.entrypoint)) return changes.output();
    const argv0 = (start.entrypoint ?? start.cmd)![0];
    if (!argv0 || argv0.includes('$') || argv0 === 'go' || DEV_TOOLS.has(argv0.split('/').pop()!)) return changes.output();

    let build: { ins: Instruction; cmd: ShellCommand } | null = null;
    for (const ins of list) {
      if (ins.keyword !== 'RUN') continue;
      const s = editableScript(model, ins)!;
      const cmds = commandsOf(s);
      const b = goBuild(cmds);
      if (b) {
        if (build) return changes.output();
        build = { ins, cmd: b };
        continue;
      }
      // only module downloads and package installs may run besides the build: anything else may prepare runtime files
      // (mkdir only makes a directory that WORKDIR or COPY makes in the runtime stage anyway)
      if (!cmds.every((c) => c.base === 'go' || c.base === 'git' || c.base === 'mkdir') && !packagesOnly(model, ins)) return changes.output();
    }
    if (!build || build.ins.scripts[0].script.commands.some((c) => c.base === 'cd')) return changes.output();
    const cgo = /CGO_ENABLED=1/.test(model.text) || list.some((i) => /\b(gcc|musl-dev|build-base|build-essential|libc6-dev)\b/.test(i.argsText));
    if (cgo) return changes.output(); // a cgo binary needs a matching libc at run time
    const wd = workdirAt(stage, build.ins);
    if (!wd) return changes.output();
    const startWd = workdirAt(stage, null)!;
    const binary = binaryOf(stage, list, build.cmd, wd, argv0, startWd);
    if (!binary) return changes.output();
    // a command looked up on PATH lands where distroless's PATH finds it too
    const dest = argv0.includes('/') || DISTROLESS_PATH.includes(dirname(binary)) ? binary : `/usr/local/bin/${argv0}`;

    const smallest = options.profile === 'smallest';
    // Debian's golang images have gcc, so cgo is on: net and os/user link the C library, and a
    // module may need cgo (go-sqlite3 builds without it but fails when run). distroless base has
    // that glibc, no newer than debian13's, so the binary runs as the user built it.
    const alpine = /alpine/.test(stage.image.tag ?? '');
    // the user's own CGO_ENABLED=0 already makes a static binary
    const staticByUser = /(^|\s)CGO_ENABLED=0(\s|$)/.test(build.ins.argsText) || list.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'CGO_ENABLED' && p.value === '0'));
    const keepCgo = !smallest && !alpine && !staticByUser;
    const fileCopies = runtimeFileCopies(list, build.ins);
    // the program starts in the directory its sources were copied to: it may read files there by
    // relative path (.env, templates, a config file by default), so the runtime gets them again
    // (the smallest profile ships the binary alone, and says so)
    const sourceCopy = smallest ? null : list.find((i) => i.index < build.ins.index && wholeContextCopy(i) !== null && resolvePath(workdirAt(stage, i) ?? '/', wholeContextCopy(i)!) === startWd) ?? null;
    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';
    const buildCmd = build.cmd;
    const s = editableScript(model, build.ins)!;
    const cgoSet = buildCmd.assignments.some((a) => a.name === 'CGO_ENABLED') || list.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'CGO_ENABLED'));

    w.line(fromLine(model, stage, `${image} ${asKw} build`));
    const runtimeCopies: Instruction[] = [];
    for (const ins of list) {
      if (METADATA.has(ins.keyword) || (ins.index > build.ins.index && SHARED.has(ins.keyword))) continue;
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.index > build.ins.index) {
        runtimeCopies.push(ins);
        continue;
      }
      if (ins === build.ins && !cgoSet && !keepCgo) {
        // CGO_ENABLED=0 makes a static binary that needs no libc in the runtime image
        const at = s.offsets[buildCmd.start] - ins.span.startOffset;
        const raw = source(model, ins);
        const lead = raw.length - (ins.span.endOffset - ins.span.startOffset);
        w.line(raw.slice(0, lead + at) + 'CGO_ENABLED=0 ' + raw.slice(lead + at));
        continue;
      }
      w.line(source(model, ins));
    }

    w.blank();
    // not scratch even for the smallest: it has no time zones and no /tmp (time.LoadLocation and big
    // uploads fail), which distroless static adds for about 2 MB
    const base = `gcr.io/distroless/${keepCgo ? 'base' : 'static'}-${DISTROLESS_RELEASE}:nonroot`;
    w.line(`${stage.from.rawKeyword} ${base}`);
    for (const ins of list) {
      if (ins === build.ins) {
        w.line(`${w.kw('COPY')} --from=build ${binary} ${dest}`);
      }
      else if (SHARED.has(ins.keyword) || METADATA.has(ins.keyword) || fileCopies.includes(ins) || ins === sourceCopy) w.line(source(model, ins));
      else if (runtimeCopies.includes(ins) && !wholeContextCopy(ins)) w.line(source(model, ins));
    }

    const named = fileCopies.flatMap((i) => (i.json ?? i.words.map((x) => x.value)).slice(0, -1));
    const copiedFiles = sourceCopy
      ? `${binary} and the build context in ${startWd} (where the program starts, so files it reads by relative path, such as .env, templates or a default config, are there as before; if it reads none, drop that COPY) are`
      : named.length ? `${binary} and ${named.map((f) => `\`${f}\``).join(', ')} (copied in for the program to read, again from the build context) are` : `Only ${binary} is`;
    changes.add(
      `Build with golang, ship only the binary on ${keepCgo ? 'distroless base' : 'distroless static'}`,
      `${image} is a complete Go toolchain (hundreds of megabytes); the program needs only its binary. ` +
        (keepCgo
          ? 'The binary is built as before (cgo on, as Debian\'s golang images have gcc), and the runtime stage is distroless base: the C library such a binary links, CA certificates, time zones, a nonroot user, no shell. '
          : 'The build stage compiles it with CGO_ENABLED=0, a static binary that needs no C library, and the runtime stage is distroless static (CA certificates, time zones, a /tmp, a nonroot user, no shell; not scratch, which lacks the time zones and /tmp for about 2 MB less). ') +
        `${copiedFiles} copied: if the program reads other files from the source tree at run time (templates, static assets), copy them too. ` +
        'It runs as an unprivileged user, who cannot create files in the image\'s directories: point what the program writes (a SQLite database, uploads) at a volume. ' +
        (keepCgo ? '' : 'If the code needs cgo (github.com/mattn/go-sqlite3, for one), the build still succeeds but the program fails when it calls into C: keep cgo and use gcr.io/distroless/base, as the recommended profile does.'),
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};
