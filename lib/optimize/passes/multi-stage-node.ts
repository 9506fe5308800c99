import type { Instruction } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { tagVersion } from '../facts';
import { isNpmCi, isPlainNpmInstall, omitsDev } from '../node';
import { fromLine, installRun, METADATA, replaceStage, SHARED, source, splitPackages, workdirAt, writerFor, officialSingleStage } from '../multistage';
import type { Pass } from '../types';

const SUITE = /^(bookworm|bullseye|buster|trixie)$/;

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
  apply({ model }) {
    const changes = new Changes(this);
    const official = officialSingleStage(model, 'node');
    if (!official) return changes.output();
    const { stage, tag, family } = official;
    const rtTag = nodeRuntimeTag(tag);
    if (!rtTag) return changes.output();
    const list = stage.instructions.slice(1);
    const installs = list.filter((i) => {
      const s = editableScript(model, i);
      return !!s && commandsOf(s).some((c) => isNpmCi(c) || isPlainNpmInstall(c));
    });
    if (installs.length !== 1) return changes.output();
    const install = installs[0];
    if (list.some((i) => i.keyword === 'RUN' && /\b(yarn|pnpm)\b/.test(i.argsText))) return changes.output();
    const workdir = workdirAt(stage, install);
    if (!workdir || workdir === '/') return changes.output();
    if (!list.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')) return changes.output();
    // the build ends with the last RUN that runs Node tooling
    const nodeSteps = list.filter((i) => i.keyword === 'RUN' && nodeStep(model, i));
    const lastBuild = nodeSteps[nodeSteps.length - 1];
    const hasBuild = nodeSteps.some((i) => i !== install);
    const major = tagVersion(tag)?.[0] ?? null;
    const omit = major !== null && major < 15 ? '--production' : '--omit=dev';
    const installCmd = commandsOf(editableScript(model, install)!).find((c) => isNpmCi(c) || isPlainNpmInstall(c))!;
    const alreadyOmits = omitsDev(installCmd);
    if (rtTag === tag && !hasBuild) return changes.output();

    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const repoPart = image.slice(0, image.length - tag.length);
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';
    const runtimePackages: string[] = [];
    const globalInstalls: Instruction[] = [];

    w.line(fromLine(model, stage, `${image} ${asKw} build`));
    for (const ins of list) {
      if (ins.index > lastBuild.index) break;
      if (METADATA.has(ins.keyword)) continue;
      if (ins.keyword === 'RUN') {
        const split = splitPackages(model, ins);
        if (split) split.runtime.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
        if (/\bnpm\s+(install|i)\s+(.*\s)?(-g|--global)\b/.test(ins.argsText)) globalInstalls.push(ins);
      }
      w.line(source(model, ins));
    }
    if (!alreadyOmits) w.line(`${w.kw('RUN')} npm prune ${omit}`);

    w.blank();
    w.line(fromLine(model, stage, `${repoPart}${rtTag}`).replace(/^(#[^\n]*\n)+/, ''));
    let copied = false;
    const copyApp = (): void => {
      if (copied) return;
      installRun(w, family, runtimePackages);
      globalInstalls.forEach((g) => w.line(source(model, g)));
      w.line(`${w.kw('COPY')} --from=build ${workdir} ${workdir}`);
      copied = true;
    };
    for (const ins of list) {
      if (SHARED.has(ins.keyword)) {
        w.line(source(model, ins));
        continue;
      }
      if (ins.index <= lastBuild.index && !METADATA.has(ins.keyword)) continue;
      if (['COPY', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword)) copyApp();
      w.line(source(model, ins));
    }
    copyApp();

    const base = `${repoPart}${rtTag}`;
    changes.add(
      `Build in a node stage, ship ${base}`,
      `${image} carries compilers, Python and headers for native modules that the running app never needs. ` +
        `The build stage installs everything${hasBuild ? ', runs your build' : ''} and then drops devDependencies (npm prune ${omit}); ` +
        `the runtime stage starts from ${base} (same Node, same ${family === 'alpine' ? 'Alpine (musl)' : 'Debian (glibc)'}, so native modules keep working) and copies ${workdir} from it. ` +
        'Files the build put outside that directory are not copied.',
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};
