/**
 * The gcr.io/distroless/nodejs runtime of the npm multi-stage split (profile 'smallest'):
 * whether a build surely runs there, and what its stages then need; otherwise why not.
 */
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import { afterWord, commandsOf, editableScript, subcommandWord } from './edit';
import { tagVersion } from './facts';
import { chownsUnknownUser, interpreterStart, DISTROLESS_DEBIAN, DISTROLESS_NODE_MAJORS, DISTROLESS_RELEASE, PREVIOUS_DEPRECATED } from './distroless';
import { isNpmCi, lockfileCopied, omitsDev } from './node';
import type { InstallSite } from './node-runtime-install';

const SUITE = /^(bookworm|bullseye|buster|trixie)$/;
/** where node is in distroless (its own ENTRYPOINT is ["/nodejs/bin/node"]) */
const NODE_BINARY = '/nodejs/bin/node';
const NODE_WORD = /^(\/usr\/local\/bin\/)?node$/;
/** commands that run Node tooling: the deps stage must not repeat them with devDependencies left out */
const NODE_TOOLS = new Set(['npm', 'npx', 'yarn', 'pnpm', 'node', 'tsc']);

export interface DistrolessNode {
  image: string;
  /** the build and deps stages' tag, on the same Debian release as the runtime */
  builderTag: string;
  /** the deps stage's install RUN: the user's, with devDependencies left out */
  depsInstall: string;
  /** the start instructions as the runtime stage writes them */
  start: Map<Instruction, string>;
  why: string;
}

export interface NodeSplit {
  model: DockerfileModel;
  stage: Stage;
  tag: string;
  family: 'debian' | 'alpine';
  /** the stage's instructions after FROM */
  list: Instruction[];
  site: InstallSite;
  workdir: string;
  /** packages the runtime stage would install */
  runtimePackages: string[];
  /** RUN steps the runtime stage would keep or repeat */
  runtimeRuns: Instruction[];
}

/** The distroless runtime for an npm split, or the reason it would not surely run. */
export function distrolessNode(split: NodeSplit): DistrolessNode | { reason: string } {
  const { model, stage, tag, list, site, workdir } = split;
  if (split.family === 'alpine') return { reason: 'native modules built on Alpine are linked against musl, and distroless is Debian (glibc)' };
  const [version, ...variant] = tag.split('-');
  const major = /^\d+(\.\d+)*$/.test(version) ? tagVersion(version)![0] : null;
  const slim = variant[variant.length - 1] === 'slim';
  const rest = slim ? variant.slice(0, -1) : variant;
  const suite = rest.length === 1 && SUITE.test(rest[0]) ? rest[0] : null;
  if (major === null || !DISTROLESS_NODE_MAJORS.includes(major) || rest.length > 1 || (rest.length === 1 && !suite)) {
    return { reason: `its maintained images (${DISTROLESS_RELEASE}) offer Node ${DISTROLESS_NODE_MAJORS.join(' and ')} only (${PREVIOUS_DEPRECATED}), and the runtime must run the same Node major as the build; this image's tag is ${tag}` };
  }
  if (split.runtimePackages.length) return { reason: `the runtime needs ${split.runtimePackages.join(', ')} and distroless has no apt to install them` };
  if (split.runtimeRuns.length) return { reason: 'a RUN step is left for the runtime stage, and distroless has no shell to run it' };
  if (list.some((i) => i.keyword === 'HEALTHCHECK' && i.words[0]?.value.toUpperCase() !== 'NONE')) {
    return { reason: 'the HEALTHCHECK needs a shell or a tool (curl, wget) that distroless does not have' };
  }
  if (chownsUnknownUser(list)) return { reason: 'a COPY --chown names a user or group that distroless does not define' };
  // `npm install` without a lockfile resolves versions anew: the deps stage could get others than the build
  if (!isNpmCi(site.cmd) && !lockfileCopied(stage, site.install)) return { reason: 'no lockfile is copied by name before `npm install`, so the deps stage could install other versions than the build used' };
  const depsInstall = depsInstallLine(model, site);
  if (!depsInstall) return { reason: 'the npm install shares its RUN with steps that the production-only install in a deps stage cannot repeat' };
  const start = nodeStart(model, list);
  if ('reason' in start) return start;

  const image = `gcr.io/distroless/nodejs${major}-${DISTROLESS_RELEASE}:nonroot`;
  const builderTag = suite ? tag : [version, 'trixie', ...(slim ? ['slim'] : [])].join('-');
  // a build on an older Debian release than the runtime's is fine: native addons need no newer glibc than the runtime has
  const sameRelease = !suite || suite === 'trixie';
  const hasEntrypoint = list.some((i) => i.keyword === 'ENTRYPOINT');
  return {
    image,
    builderTag,
    depsInstall,
    start: start.lines,
    why:
      (sameRelease
        ? `The build and deps stages run on node:${builderTag}, the same Debian ${DISTROLESS_DEBIAN} release as the runtime, so native modules need no newer glibc than the runtime has. `
        : `The build and deps stages stay on node:${builderTag}, an older Debian release than the runtime's Debian ${DISTROLESS_DEBIAN}: native modules built there need no newer glibc than the runtime has. `) +
      `The runtime stage is ${image}: Node ${major} at ${NODE_BINARY}, a nonroot user (uid 65532), no shell, npm or apt. ` +
      `distroless cannot install packages, so a deps stage installs production dependencies only and the runtime copies its ${workdir}/node_modules; ` +
      `the build stage drops its own node_modules (devDependencies included) and the runtime copies ${workdir} from it. ` +
      (hasEntrypoint ? `The ENTRYPOINT now names ${NODE_BINARY}. ` : 'distroless\'s ENTRYPOINT is node, so CMD keeps only the script and its arguments. ') +
      'Files the build put outside that directory are not copied; if the app writes into it, give it a directory it owns (it runs as nonroot). ' +
      '`docker exec` has no shell: the :debug tag of the image adds busybox for that.',
  };
}

/**
 * The user's install RUN with devDependencies left out: as written when nothing else in it runs
 * Node tooling or changes directory, else the install alone when it comes first in the RUN.
 */
function depsInstallLine(model: DockerfileModel, site: InstallSite): string | null {
  const { install, cmd } = site;
  const s = editableScript(model, install)!;
  const verb = subcommandWord(cmd)!;
  const omit = omitsDev(cmd) ? '' : ' --omit=dev';
  const others = commandsOf(s).filter((c) => c !== cmd);
  if (others.every((c) => !NODE_TOOLS.has(c.base) && c.base !== 'cd' && c.base !== 'pushd')) {
    const start = install.leadingComments.length ? install.leadingComments[0].span.startOffset : install.span.startOffset;
    const at = afterWord(s, verb);
    return model.text.slice(start, at) + omit + model.text.slice(at, install.span.endOffset).replace(/\r$/, '');
  }
  if (commandsOf(s)[0] !== cmd || cmd.context.length || cmd.pipeline.length > 1 || cmd.assignments.length || cmd.redirects.length) return null;
  const words = cmd.argv.map((w) => s.script.source.slice(w.start, w.end));
  const i = cmd.argv.indexOf(verb) + 1;
  const flags = install.flags.map((f) => ` --${f.name}${f.value === null ? '' : `=${f.value}`}`).join('');
  return `${install.rawKeyword}${flags} ${[...words.slice(0, i), ...(omit ? [omit.trim()] : []), ...words.slice(i)].join(' ')}`;
}

/** The start instructions rewritten for distroless's node, when the program is started as `node <file>`. */
function nodeStart(model: DockerfileModel, list: Instruction[]): { lines: Map<Instruction, string> } | { reason: string } {
  return interpreterStart(model, list, NODE_BINARY, nodeProgram, (argv) =>
    argv?.[0] === 'npm' || argv?.[0] === 'yarn' || argv?.[0] === 'pnpm'
      ? `the program starts with \`${argv[0]}\`, which distroless does not have: start the script with \`node <file>\` (CMD ["node", "dist/index.js"], say) to get it`
      : 'the start command is not `node <file>`, and distroless has no shell or other programs to run it');
}

/** `node [--flag[=value]...] <file> [args]`: the file is what runs (single-dash flags may take a value: not read). */
function nodeProgram(argv: string[]): boolean {
  if (!NODE_WORD.test(argv[0] ?? '')) return false;
  let i = 1;
  while (/^--[\w-]+(=.*)?$/.test(argv[i] ?? '')) i++;
  return /^[^-$]/.test(argv[i] ?? '');
}
