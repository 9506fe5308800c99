import type { Instruction, Stage } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { tagVersion } from '../facts';
import { omitsDev, usesPrisma, type NodePackageManager } from '../node';
import { findInstall, planRuntimeInstall, runtimeInstallCommands, type RuntimeInstall } from '../node-runtime-install';
import { distrolessNode, type DistrolessNode } from '../node-distroless';
import { fromLine, installRun, METADATA, packagesOnly, replaceStage, resolvePath, runtimeTools, SHARED, source, splitPackages, systemSetupIn, toolsNote, workdirAt, writerFor, officialSingleStage, downloadsBrowsers } from '../multistage';
import { startsDevServer } from '../../rules/size/npm-install-dev-dependencies';
import { needsRoot } from '../root-needs';
import type { Pass } from '../types';

const SUITE = /^(bookworm|bullseye|buster|trixie)$/;

/** True when the image starts its program through an npm script (npm start, npm run serve:prod). */
function startsThroughNpm(stage: { instructions: readonly Instruction[] }): boolean {
  return stage.instructions.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && /(^|[\s"'[,])npm["']?[\s,]+["']?(start|run)\b/.test(i.argsText));
}

/** node:20 -> node:20-slim, node:20-bookworm -> node:20-bookworm-slim; slim and alpine stay. */
export function nodeRuntimeTag(tag: string): string | null {
  const parts = tag.split('-');
  if (!/^(\d+(\.\d+)*|lts|current)$/.test(parts[0])) return null;
  if (parts.includes('slim') || parts.some((p) => p.startsWith('alpine'))) return tag;
  if (parts.length === 1 || (parts.length === 2 && SUITE.test(parts[1]))) return `${tag}-slim`;
  return null;
}

/** Does the RUN call npm/yarn/pnpm/node (part of the build)? */
function nodeStep(model: Parameters<typeof editableScript>[0], ins: Instruction): boolean {
  const s = editableScript(model, ins);
  return !!s && commandsOf(s).some((c) => ['npm', 'npx', 'yarn', 'pnpm', 'node', 'tsc'].includes(c.base));
}

export const pass: Pass = {
  id: 'multi-stage-node',
  title: 'Multi-stage build for a Node app',
  risk: 'structural',
  lesson: 'multi-stage',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const official = officialSingleStage(model, 'node');
    if (!official) return changes.output();
    const { stage, tag, family } = official;
    const rtTag = nodeRuntimeTag(tag);
    if (!rtTag) return changes.output();
    const list = stage.instructions.slice(1);
    const site = findInstall(model, list);
    if (!site) return changes.output();
    const { install, manager } = site;
    const npm = manager.name === 'npm';
    if (npm && list.some((i) => i.keyword === 'RUN' && /\b(yarn|pnpm)\b/.test(i.argsText))) return changes.output();
    const workdir = workdirAt(stage, install);
    if (!workdir || workdir === '/') return changes.output();
    // sources copied beside the package (a monorepo's shared/ next to services/api) ship with it
    const appRoot = sourceRoot(stage, workdir);
    if (!list.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')) return changes.output();
    if (downloadsBrowsers(list)) return changes.output();
    // the build ends with the last RUN that runs Node tooling
    const nodeSteps = list.filter((i) => i.keyword === 'RUN' && nodeStep(model, i));
    const lastBuild = nodeSteps[nodeSteps.length - 1];
    const major = tagVersion(tag)?.[0] ?? null;
    const omit = major !== null && major < 15 ? '--production' : '--omit=dev';
    const alreadyOmits = omitsDev(site.cmd);
    // a development server (npm run dev, nodemon, ts-node) needs its devDependencies at run time;
    // yarn and pnpm splits install production dependencies only, so they cannot take it
    const devStart = startsDevServer(model, install);
    if (devStart && !npm) return changes.output();
    const runtimePackages: string[] = [];
    const globalInstalls: Instruction[] = [];
    for (const ins of list) {
      if (ins.index > lastBuild.index) break;
      if (ins.keyword !== 'RUN') continue;
      const split = splitPackages(model, ins);
      // the runtime stage would install them from the stock sources, without the repository they come from
      if (split?.fromAddedSource) return changes.output();
      // a native module built against a system library (sharp on vips-dev) needs that library at run time: unknown, no split
      if (split?.unknownDev.length) return changes.output();
      // the runtime installs the packages again, not what the RUN set up besides them (a locale, a link)
      if (split && systemSetupIn(model, ins)) return changes.output();
      if (split) split.runtime.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
      if (/\bnpm\s+(install|i)\s+(.*\s)?(-g|--global)\b/.test(ins.argsText)) globalInstalls.push(ins);
    }
    // yarn and pnpm: the runtime stage installs production dependencies itself
    const runtimeInstall = npm ? null : planRuntimeInstall(model, stage, site, lastBuild, workdir);
    if (!npm && (!runtimeInstall || workdirAt(stage, lastBuild) !== workdir)) return changes.output();
    // the yarn/pnpm install RUN is never repeated as written: its set-up goes into the runtime install RUN
    const repeatedGlobals = runtimeInstall ? globalInstalls.filter((i) => i !== install) : globalInstalls;
    const replayed = [...new Set([...repeatedGlobals, ...(runtimeInstall?.setupRuns ?? [])])].sort((a, b) => a.index - b.index);
    // for yarn/pnpm, steps the runtime stage repeats (getting pnpm, global tools) build nothing
    const hasBuild = nodeSteps.some((i) => i !== install && (npm || !replayed.includes(i)));
    const runtimeRuns = [...replayed, ...list.filter((i) => i.keyword === 'RUN' && i.index > lastBuild.index)];
    const tools = runtimeTools(model, stage, runtimeRuns);
    tools.keep.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
    // Prisma's query engine loads OpenSSL, which the full image has and -slim does not (Prisma's own Docker guide installs it)
    const prismaOpenssl = rtTag !== tag && family === 'debian' && usesPrisma(list) && !runtimePackages.includes('openssl');
    if (prismaOpenssl) runtimePackages.push('openssl');
    const toolsText = (toolsNote(tools) ? ` ${toolsNote(tools).trim()}` : '') + (prismaOpenssl ? ' openssl is installed in the runtime stage for Prisma, whose query engine needs it.' : '');
    const rootNeed = options.profile === 'smallest' ? needsRoot(model, stage) : null;
    const choice: DistrolessNode | { reason: string } | null =
      options.profile !== 'smallest'
        ? null
        : devStart
          ? { reason: 'the start command runs a development server, which needs the devDependencies a distroless runtime leaves out' }
        : rootNeed
          ? { reason: `distroless runs as the nonroot user, and ${rootNeed}` }
        : npm
          ? distrolessNode({ model, stage, tag, family, list, site, workdir, runtimePackages, runtimeRuns })
          : { reason: `${manager.name} installs production dependencies in the runtime stage, and distroless has no shell or ${manager.name} to run it` };
    const distroless = choice && 'image' in choice ? choice : null;
    // a -slim input gains from a split only when it builds something or ships on distroless
    if (rtTag === tag && !hasBuild && !distroless) return changes.output();
    // with nothing to build, a yarn/pnpm runtime stage needs no build stage at all
    const builder = npm || hasBuild;
    // without a build stage, a step the runtime does not repeat would be lost
    const unrepeated = (i: Instruction): boolean => i.keyword === 'RUN' && i !== install && !replayed.includes(i) && !packagesOnly(model, i);
    if (!builder && list.some((i) => i.index <= lastBuild.index && unrepeated(i))) return changes.output();

    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const repoPart = image.slice(0, image.length - tag.length);
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';

    if (builder) {
      w.line(fromLine(model, stage, `${distroless ? repoPart + distroless.builderTag : image} ${asKw} build`));
      for (const ins of list) {
        if (ins.index > lastBuild.index) break;
        if (METADATA.has(ins.keyword)) continue;
        w.line(source(model, ins));
      }
      if (!npm || distroless) w.line(`${w.kw('RUN')} rm -rf node_modules`);
      else if (!alreadyOmits && !devStart) w.line(`${w.kw('RUN')} npm prune ${omit}`);
      w.blank();
    }
    if (distroless) {
      // the same steps up to the install, which leaves devDependencies out: the runtime's node_modules
      w.line(`${stage.from.rawKeyword} ${repoPart}${distroless.builderTag} ${asKw} deps`);
      for (const ins of list) {
        if (ins.index >= install.index) break;
        if (!METADATA.has(ins.keyword)) w.line(source(model, ins));
      }
      w.line(distroless.depsInstall);
      w.blank();
    }

    const fromRuntime = fromLine(model, stage, distroless ? distroless.image : `${repoPart}${rtTag}`);
    w.line(builder ? fromRuntime.replace(/^(#[^\n]*\n)+/, '') : fromRuntime);
    let copied = false;
    let runtimeDir: string | null = '/';
    const copyApp = (): void => {
      if (copied) return;
      installRun(w, family, runtimePackages);
      replayed.forEach((g) => w.line(source(model, g)));
      if (runtimeInstall) {
        if (runtimeDir !== workdir) runtimeDir = null;
        runtimeInstall.manifestCopies.forEach((c) => w.line(source(model, c)));
        w.run(runtimeInstallCommands(runtimeInstall));
      }
      if (distroless) w.line(`${w.kw('COPY')} --from=deps ${workdir}/node_modules ${workdir}/node_modules`);
      if (builder) w.line(`${w.kw('COPY')} --from=build ${appRoot} ${appRoot}`);
      copied = true;
    };
    for (const ins of list) {
      if (SHARED.has(ins.keyword)) {
        if (ins.keyword === 'WORKDIR') runtimeDir = nextWorkdir(runtimeDir, ins);
        w.line(source(model, ins));
        continue;
      }
      if (ins.index <= lastBuild.index && !METADATA.has(ins.keyword)) continue;
      if (['COPY', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword)) copyApp();
      w.line(distroless?.start.get(ins) ?? source(model, ins));
    }
    copyApp();
    // the runtime install and its relative COPYs must run where the user's install ran
    if (runtimeInstall && runtimeDir === null) return changes.output();

    const base = distroless ? distroless.image : `${repoPart}${rtTag}`;
    const notDistroless = choice && 'reason' in choice ? ` Not gcr.io/distroless/nodejs: ${choice.reason}.` : '';
    if (distroless) {
      changes.add(
        `Build in a node stage, ship ${base}`,
        `${image} carries ${rtTag === tag ? 'npm, apt' : 'compilers, Python and headers for native modules, npm'} and a shell, none of which the running app needs. ${distroless.why}`,
        [replaceStage(model, stage, w.text())],
      );
      return changes.output();
    }
    if (runtimeInstall) {
      const [title, why] = runtimeInstallWhy(image, base, family, workdir, site.manager, runtimeInstall, hasBuild);
      changes.add(title, why + toolsText + notDistroless, [replaceStage(model, stage, w.text())]);
      return changes.output();
    }
    changes.add(
      `Build in a node stage, ship ${base}`,
      (rtTag === tag
        ? `${image} stays the runtime image; what the running app never needs stays in the build stage: devDependencies, npm's cache and the packages only the build installs. `
        : `${image} carries compilers, Python and headers for native modules that the running app never needs. `) +
        `The build stage installs everything${hasBuild ? ', runs your build' : ''} and then ` +
        (devStart ? 'keeps devDependencies, because the start command runs a development server or a tool through npx, which need them; ' : `drops devDependencies (npm prune ${omit}); `) +
        `the runtime stage starts from ${base} (same Node, same ${libc(family)}, so native modules keep working) and copies ${appRoot} from it. ` +
        'Files the build put outside that directory are not copied.' +
        // package.json is not in view: an npm script may still call a devDependency
        (!devStart && !alreadyOmits && startsThroughNpm(stage) ? ' The app starts through an npm script: if that script calls a devDependency (nodemon, ts-node), drop the prune step.' : '') +
        toolsText +
        notDistroless,
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};

function libc(family: 'debian' | 'alpine'): string {
  return family === 'alpine' ? 'Alpine (musl)' : 'Debian (glibc)';
}

/** The working directory after a WORKDIR; null once it cannot be known. */
function nextWorkdir(dir: string | null, ins: Instruction): string | null {
  const v = ins.words[0]?.value ?? '';
  return dir === null || v.includes('$') ? null : resolvePath(dir, v);
}

function runtimeInstallWhy(
  image: string,
  base: string,
  family: 'debian' | 'alpine',
  workdir: string,
  manager: NodePackageManager,
  plan: RuntimeInstall,
  hasBuild: boolean,
): [string, string] {
  const installs =
    `installs production dependencies only with ${manager.name} (\`${plan.install}\`` +
    (plan.cacheClean ? `, then \`${plan.cacheClean}\` in the same RUN so the ${manager.name} package cache does not stay in the layer` : '') +
    ')';
  const risks =
    `That install uses your ${manager.lockfiles[0]} as is, runs without devDependencies and without compilers: ` +
    'a native module with no prebuilt binary, or an install script that needs a devDependency, fails there.';
  const heavy =
    image === base
      ? `The build needs devDependencies and fills the ${manager.name} cache; the running app needs neither. `
      : `${image} carries compilers, Python and headers for native modules that the running app never needs. `;
  if (!hasBuild) {
    return [
      `Install production dependencies on ${base}`,
      heavy + `Nothing is built, so no build stage is needed: the image starts from ${base} (same Node, same ${libc(family)}) and ${installs}. ` + risks,
    ];
  }
  return [
    `Build in a node stage, ship ${base}`,
    heavy +
      `The build stage runs your ${manager.name} install and build as before, then drops node_modules; ` +
      `the runtime stage starts from ${base} (same Node, same ${libc(family)}), ${installs} and copies ${workdir} from the build stage. ` +
      risks +
      ` Files the build put outside ${workdir} are not copied.`,
  ];
}

/**
 * The directory that holds the package and every directory the stage copies sources into, when
 * that is an application directory (not /, nor a system one); the package's directory otherwise.
 */
function sourceRoot(stage: Stage, workdir: string): string {
  let root = workdir;
  for (const ins of stage.instructions) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.heredocs.length) continue;
    const args = ins.json ?? ins.words.map((w) => w.value);
    const dest = args[args.length - 1];
    if (args.length < 2 || !dest || dest.includes('$')) return workdir;
    const at = resolvePath(workdirAt(stage, ins) ?? '/', dest);
    // a file copied to a named path lands in its directory
    const dir = args.length === 2 && !/\/$|(^|\/)\.$/.test(dest) && /\.[\w]+$/.test(dest) ? at.slice(0, at.lastIndexOf('/')) || '/' : at;
    root = commonDir(root, dir);
  }
  return root === '/' || /^\/(usr|etc|opt|var|root|home|bin|sbin|lib|tmp)?$/.test(root) ? workdir : root;
}

function commonDir(a: string, b: string): string {
  const pa = a.split('/').filter(Boolean);
  const pb = b.split('/').filter(Boolean);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return `/${pa.slice(0, i).join('/')}`;
}
