/**
 * Shared by the size and cache rules: which stages end up in the shipped image, what each stage
 * is built from, and the paths COPY/ADD write. Only the final stage (and the stages it builds on
 * with FROM <stage>) is shipped: bytes left in a builder stage cost nothing at run time.
 */
import type { DockerfileModel, Instruction, Stage } from '../../model/types';

/** The default build target (last stage) and the stages it is built on. */
export function shippedStages(model: DockerfileModel): Set<number> {
  const out = new Set<number>();
  let stage: Stage | undefined = model.stages[model.stages.length - 1];
  while (stage && !out.has(stage.index)) {
    out.add(stage.index);
    stage = stage.baseStage !== null ? model.stages[stage.baseStage] : undefined;
  }
  return out;
}

/** The stage at the root of a FROM <stage> chain: the one that names an external image. */
export function rootStage(model: DockerfileModel, stage: Stage): Stage {
  let s = stage;
  for (let i = 0; i < 64 && s.baseStage !== null; i++) s = model.stages[s.baseStage];
  return s;
}

/** The stages of a chain from root to `stage`, so inherited instructions can be read in order. */
export function stageChain(model: DockerfileModel, stage: Stage): Stage[] {
  const chain: Stage[] = [stage];
  let s = stage;
  for (let i = 0; i < 64 && s.baseStage !== null; i++) {
    s = model.stages[s.baseStage];
    chain.unshift(s);
  }
  return chain;
}

/** Repository without registry and library/ prefix, lower-cased: python, gcr.io/distroless/static -> distroless/static. */
export function repoName(stage: Stage): string {
  return stage.image.repository.replace(/^library\//, '').toLowerCase();
}

/** True for scratch or a distroless-style image without a shell (not the :debug variants). */
export function hasNoShell(stage: Stage): boolean {
  if (stage.isScratch) return true;
  const reg = (stage.image.registry ?? '').toLowerCase();
  const repo = repoName(stage);
  const tag = (stage.image.tag ?? '').toLowerCase();
  if (tag.includes('debug') || tag.includes('-dev') || tag === 'dev') return false;
  if (reg === 'gcr.io' && repo.startsWith('distroless/')) return true;
  if (reg === 'cgr.dev' && /^chainguard\/(?:static|glibc-dynamic)$/.test(repo)) return true;
  return false;
}

/** True for images without a C library: scratch and the static distroless images. */
export function hasNoLibc(stage: Stage): boolean {
  if (stage.isScratch) return true;
  const reg = (stage.image.registry ?? '').toLowerCase();
  const repo = repoName(stage);
  return (reg === 'gcr.io' && repo.startsWith('distroless/static')) || (reg === 'cgr.dev' && repo === 'chainguard/static');
}

/** Resolves a path against the WORKDIR in effect (a relative WORKDIR joins the previous one). */
export function joinPath(dir: string, p: string): string {
  const raw = p.startsWith('/') ? p : `${dir.replace(/\/$/, '')}/${p}`;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** Source and destination words of COPY/ADD (flags already removed; exec form handled). */
export function copyArgs(ins: Instruction): { sources: string[]; dest: string } | null {
  if (ins.heredocs.length) return null;
  const words = ins.json ?? ins.words.map((w) => w.value);
  if (words.length < 2) return null;
  return { sources: words.slice(0, -1), dest: words[words.length - 1] };
}

export interface CopyTarget {
  ins: Instruction;
  /** absolute paths the instruction writes (the destination, or dest/basename for several sources into a dir) */
  paths: string[];
}

/** Walks a stage chain tracking WORKDIR; calls `visit` with the working directory before each instruction. */
export function walkWithWorkdir(chain: Stage[], visit: (ins: Instruction, workdir: string) => void): void {
  let workdir = '/';
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      if (ins.keyword === 'FROM') continue;
      visit(ins, workdir);
      if (ins.keyword === 'WORKDIR' && ins.words.length) {
        const w = ins.words.map((x) => x.value).join(' ');
        if (!w.includes('$')) workdir = joinPath(workdir, w);
      }
    }
  }
}

export function flagOf(ins: Instruction, name: string): string | null | undefined {
  const f = ins.flags.find((x) => x.name.toLowerCase() === name);
  return f ? f.value : undefined;
}

/** "12 MB" style rounding for messages. */
export function mb(bytes: number): string {
  const m = bytes / 1e6;
  if (m >= 1000) return `${(m / 1000).toFixed(1)} GB`;
  return m >= 100 ? `${Math.round(m / 10) * 10} MB` : m >= 10 ? `${Math.round(m)} MB` : `${m.toFixed(1)} MB`;
}

/** The stage a `COPY --from=<name|index>` reads from, or null for an external image. */
export function copySourceStage(model: DockerfileModel, ins: Instruction): Stage | null {
  const from = flagOf(ins, 'from');
  if (!from) return null;
  const byName = model.stages.find((s) => s.name !== null && s.name.toLowerCase() === from.toLowerCase() && s.index < ins.stageIndex);
  if (byName) return byName;
  if (/^\d+$/.test(from)) {
    const i = Number(from);
    return i < ins.stageIndex ? model.stages[i] ?? null : null;
  }
  return null;
}

/** Every COPY --from=<stage> into a shipped stage whose image has no C library, with that image. */
export function* copiesIntoLibcFreeImage(model: DockerfileModel): Generator<{ ins: Instruction; src: Stage; root: Stage }> {
  const shipped = shippedStages(model);
  for (const stage of model.stages) {
    if (!shipped.has(stage.index)) continue;
    const root = rootStage(model, stage);
    if (!hasNoLibc(root)) continue;
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'COPY') continue;
      const src = copySourceStage(model, ins);
      if (src) yield { ins, src, root };
    }
  }
}
