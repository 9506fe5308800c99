import type { Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { Changes, commandsOf, editableScript, subcommandWord } from '../edit';
import { repoName } from '../facts';
import { fromLine, METADATA, packagesOnly, replaceStage, resolvePath, SHARED, singleStage, source, startCommand, workdirAt, writerFor } from '../multistage';
import { wholeContextCopy } from './copy-manifests-first';
import type { Pass } from '../types';

function goBuild(cmds: ShellCommand[]): ShellCommand | null {
  return cmds.find((c) => c.base === 'go' && subcommandWord(c)?.value === 'build') ?? null;
}

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
    if (!argv0 || argv0.includes('$') || argv0 === 'go') return changes.output();

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
    const out = outputOf(build.cmd);
    const binary = out ? resolvePath(wd, out) : null;
    const startWd = workdirAt(stage, null)!;
    const startPath = argv0.includes('/') ? resolvePath(startWd, argv0) : null;
    if (!binary || !startPath || binary !== startPath) return changes.output();

    const smallest = options.profile === 'smallest';
    // Debian's golang images have gcc, so cgo is on: net and os/user link the C library, and a
    // module may need cgo (go-sqlite3 builds without it but fails when run). distroless base has
    // that glibc, no newer than debian13's, so the binary runs as the user built it.
    const alpine = /alpine/.test(stage.image.tag ?? '');
    // the user's own CGO_ENABLED=0 already makes a static binary
    const staticByUser = /(^|\s)CGO_ENABLED=0(\s|$)/.test(build.ins.argsText) || list.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'CGO_ENABLED' && p.value === '0'));
    const keepCgo = !smallest && !alpine && !staticByUser;
    const fileCopies = runtimeFileCopies(list, build.ins);
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
    const base = keepCgo ? 'gcr.io/distroless/base-debian13:nonroot' : 'gcr.io/distroless/static-debian12:nonroot';
    w.line(`${stage.from.rawKeyword} ${base}`);
    for (const ins of list) {
      if (ins === build.ins) {
        w.line(`${w.kw('COPY')} --from=build ${binary} ${binary}`);

      }
      else if (SHARED.has(ins.keyword) || METADATA.has(ins.keyword) || fileCopies.includes(ins)) w.line(source(model, ins));
      else if (runtimeCopies.includes(ins) && !wholeContextCopy(ins)) w.line(source(model, ins));
    }

    const named = fileCopies.flatMap((i) => (i.json ?? i.words.map((x) => x.value)).slice(0, -1));
    const copiedFiles = named.length ? `${binary} and ${named.map((f) => `\`${f}\``).join(', ')} (copied in for the program to read, again from the build context) are` : `Only ${binary} is`;
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
