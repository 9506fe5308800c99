/**
 * The layer size estimator: walks the stages, sizes every instruction that creates a layer
 * (FROM's base image, RUN, COPY, ADD, WORKDIR), tracks what each layer put where, and totals the
 * shipped stage (the last one, or `target`) with its compressed size, waste and efficiency.
 */
import type { Confidence, ImageEstimate, LayerEstimate, StageSize } from '../types';
import type { DockerfileModel, Instruction, Stage } from '../model/types';
import { lookupBaseImage, ratioFor, type BaseImageInfo } from './base-image';
import { aptSuite, baseInstalled } from './apt';
import { alpineBaseline } from './alpine';
import { analyseRun, boundContextFiles, mountTargets, type LayerContext } from './run';
import { analyseCopy } from './copy';
import { cloneState, newState, type StageState } from './state';
import { normPath } from './vfs';
import { formatBytes } from './units';
import { textMemo } from '../text-cache';
import type { BuildContext } from './context';

export interface EstimateOptions {
  /** stage name or index to build; default the last stage */
  target?: string;
  /** bytes of the build context (after .dockerignore), when the user knows it */
  contextBytes?: number | null;
  /** reserved: parsed .dockerignore (not used for sizing yet) */
  dockerignore?: unknown;
  /** the build context's files, when known (the CLI reads them): COPY sources are measured */
  context?: BuildContext | null;
  /** size only the stages the shipped one is built from (its layers and image are the same) */
  shippedOnly?: boolean;
}

export interface StageSummary extends StageSize {
  base: string;
  baseConfidence: Confidence;
}

export interface SizeEstimate {
  layers: LayerEstimate[];
  image: ImageEstimate | null;
  /** wasted bytes of the shipped image (dive's definition) */
  wastedBytes: number;
  /** 1 - wasted/total of the shipped image; 1 when nothing is wasted */
  efficiency: number;
  stages: StageSummary[];
}

/** Instructions that make a filesystem layer; the others are metadata (0 bytes, omitted). */
const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function estimateImage(model: DockerfileModel, options: EstimateOptions = {}): SizeEstimate {
  const layers: LayerEstimate[] = [];
  /** compressed/uncompressed ratio per layer (base layers use the measured compressed size) */
  const compressed: number[] = [];
  const results: (StageResult | undefined)[] = [];
  const byName = new Map<string, StageState>();
  const stages = model.stages;
  const targetIndex = resolveTarget(stages, options.target);
  const needed = options.shippedOnly ? stagesBehind(stages, targetIndex) : null;

  for (const stage of stages) {
    if (needed && !needed.has(stage.index)) continue;
    const name = stage.name ?? String(stage.index);
    const shipped = stage.index === targetIndex;
    const parent = stage.baseStage != null ? results[stage.baseStage] : undefined;
    const result = stageResult(model, stage, name, layers.length, parent, results, byName, { contextBytes: options.contextBytes ?? null, context: options.context ?? null });
    result.layers.forEach((l, k) => {
      const line = stage.instructions[result.sources[k]].span.start.line;
      layers.push({
        stageIndex: stage.index, stage: name, line, instruction: l.instruction, bytes: l.bytes, low: l.low, high: l.high,
        shipped, wastedBytes: l.wastedBytes, why: l.why, confidence: l.confidence,
      });
      compressed.push(result.compressed[k]);
    });
    results[stage.index] = result;
    byName.set(name.toLowerCase(), result.state);
    byName.set(String(stage.index), result.state);
  }

  const shippedLayers = layers.map((l, i) => ({ l, c: compressed[i] })).filter((x) => x.l.shipped);
  const layersOf = new Map<number, LayerEstimate[]>();
  for (const l of layers) {
    const list = layersOf.get(l.stageIndex);
    if (list) list.push(l);
    else layersOf.set(l.stageIndex, [l]);
  }
  const stageSummaries: StageSummary[] = stages.map((st) => {
    const ls = layersOf.get(st.index) ?? [];
    const s = results[st.index]?.state;
    return {
      index: st.index, name: st.name ?? String(st.index), shipped: st.index === targetIndex,
      bytes: sum(ls.map((l) => l.bytes)), low: sum(ls.map((l) => l.low)), high: sum(ls.map((l) => l.high)),
      base: s?.base.matched ?? st.image.raw, baseConfidence: s?.base.confidence ?? 'guessed',
    };
  });
  if (!shippedLayers.length) return { layers, image: null, wastedBytes: 0, efficiency: 1, stages: stageSummaries };
  const bytes = sum(shippedLayers.map((x) => x.l.bytes));
  const wastedBytes = sum(shippedLayers.map((x) => x.l.wastedBytes));
  return {
    layers,
    image: {
      bytes,
      low: sum(shippedLayers.map((x) => x.l.low)),
      high: sum(shippedLayers.map((x) => x.l.high)),
      compressedBytes: Math.round(sum(shippedLayers.map((x) => x.c))),
    },
    wastedBytes,
    efficiency: bytes > 0 ? Math.max(0, 1 - wastedBytes / bytes) : 1,
    stages: stageSummaries,
  };
}

/** One stage's layers and final state; shared between estimates, so nothing may modify it. */
interface StageResult {
  /** equal ids mean equal results (children and COPY --from users key on it) */
  id: number;
  /** layers without their place (stage, line, shipped), which the caller adds */
  layers: Omit<LayerEstimate, 'stageIndex' | 'stage' | 'line' | 'shipped'>[];
  /** position in stage.instructions of the instruction that made each layer */
  sources: number[];
  compressed: number[];
  state: StageState;
}

let lastResultId = 0;

/**
 * The estimate is recomputed on every keystroke and once per optimizer pass, while most stages
 * are the same as last time. A stage's walk depends only on its own instructions' text, its base
 * (image or parent stage result), the stages it copies or mounts from, the context size and its
 * first layer's index (some vfs paths carry it), so those are the key.
 */
const rememberedStages = textMemo((_key: string): { result: StageResult | null } => ({ result: null }), 512, 4_000_000);

function stageResult(
  model: DockerfileModel, stage: Stage, name: string, fromLayer: number, parent: StageResult | undefined,
  earlier: readonly (StageResult | undefined)[], byName: Map<string, StageState>, inputs: ContextInputs,
): StageResult {
  const texts = stage.instructions.map((ins) => model.text.slice(ins.span.startOffset, ins.span.endOffset));
  // COPY --from and RUN --mount=...,from= read other stages (over-matching only costs a miss)
  const readsOthers = stage.instructions.some((ins, i) => ins !== stage.from && /from[=\s]/i.test(texts[i]));
  const key = [
    model.escapeChar, inputs.contextBytes ?? '', inputs.context?.id ?? '', stage.index, name, fromLayer,
    parent ? `stage ${parent.id}` : JSON.stringify([stage.image, stage.isScratch]),
    readsOthers ? earlier.slice(0, stage.index).map((r) => r?.id ?? 'x').join(',') : '',
    ...texts,
  ].join('\u0001');
  const slot = rememberedStages(key);
  if (!slot.result) slot.result = walkStage(stage, name, fromLayer, parent?.state, byName, inputs);
  return slot.result;
}

/** What the walk knows of the build context: the size the user typed, or its files. */
interface ContextInputs {
  contextBytes: number | null;
  context: BuildContext | null;
}

function walkStage(stage: Stage, name: string, fromLayer: number, parent: StageState | undefined, byName: Map<string, StageState>, inputs: ContextInputs): StageResult {
  const layers: StageResult['layers'] = [];
  const sources: number[] = [];
  const compressed: number[] = [];
  let state: StageState;
  let fromBytes: number, fromLow: number, fromHigh: number, fromWhy: string, fromConf: Confidence, fromCompressed: number;
  if (parent) {
    state = cloneState(parent, stage.index, name);
    for (const e of state.vfs.entries) e.layer = fromLayer; // inherited: attribute to this FROM
    const p = summarise(parent);
    [fromBytes, fromLow, fromHigh] = [p.bytes, p.low, p.high];
    fromWhy = `inherits stage ${parent.name}, ${formatBytes(p.bytes)}`;
    fromConf = 'estimated';
    fromCompressed = p.bytes * ratioFor(parent.base.family);
  } else {
    const base = stage.image.unresolved ? lookupBaseImage({ registry: null, repository: stage.image.raw.replace(/[:@].*$/, ''), tag: null }) : lookupBaseImage(stage.image);
    const conf: Confidence = stage.image.unresolved ? 'guessed' : base.confidence;
    state = newState(stage.index, name, base);
    initPackages(state, base);
    addBaseEntries(state, base, fromLayer, stage.image.repository);
    [fromBytes, fromLow, fromHigh] = [base.bytes, base.low, base.high];
    const label = stage.isScratch ? 'scratch: empty base' : `${stage.image.raw} base image${base.matched && base.matched !== `${stage.image.repository}:${stage.image.tag ?? 'latest'}` && !stage.isScratch ? ` (as ${base.matched})` : ''}`;
    fromWhy = stage.isScratch ? label : `${label}, ${formatBytes(base.bytes)}`;
    fromConf = conf;
    fromCompressed = base.bytes * base.compressedRatio;
  }
  const at = stage.instructions.indexOf(stage.from);
  layers.push(layer(stage.from, fromBytes, fromLow, fromHigh, fromWhy, fromConf));
  sources.push(at);
  compressed.push(fromCompressed);

  stage.instructions.forEach((ins, position) => {
    if (ins === stage.from) return;
    if (ins.keyword === 'ENV') for (const p of ins.pairs) state.env[p.key] = p.value.replace(/\$\{?(\w+)\}?/g, (m, v: string) => state.env[v] ?? m);
    if (!LAYER_KEYWORDS.has(ins.keyword)) return;
    const idx = fromLayer + layers.length;
    sources.push(position);
    const ctx: LayerContext = { state, layer: idx, mounts: [], wasted: new Map(), unknownCommands: [], buildContext: inputs.context };
    if (ins.keyword === 'WORKDIR') {
      const dir = ins.words[0]?.value ?? '/';
      state.workdir = normPath(dir.replace(/\$\{?(\w+)\}?/g, (m, v: string) => state.env[v] ?? m), state.workdir);
      layers.push(layer(ins, 0, 0, 0, `creates ${state.workdir} if missing, 0 B`, 'known'));
      compressed.push(0);
      return;
    }
    if (ins.keyword === 'RUN') {
      ctx.mounts = mountTargets(ins, state);
      if (inputs.context) ctx.boundFiles = boundContextFiles(ins, state, inputs.context);
      analyseRun(ins, ctx);
    } else analyseCopy(ins, ctx, { contextBytes: inputs.contextBytes, context: inputs.context, stages: byName });
    const mine = state.vfs.entries.filter((e) => e.layer === idx);
    const bytes = mine.reduce((a, e) => a + e.bytes, 0);
    const low = mine.reduce((a, e) => a + e.low, 0);
    const high = mine.reduce((a, e) => a + e.high, 0);
    const top = topEntry(mine);
    const second = topEntry(mine.filter((e) => e !== top && e.label !== top?.label));
    const why = top ? (second && second.bytes > 0.2 * bytes ? `${top.label}; ${second.label}` : top.label) : ins.keyword === 'RUN' ? 'writes little (config, users, links), ~0 B' : 'copies nothing that stays, 0 B';
    const conf: Confidence = top ? state.confidence.get(top.label) ?? 'guessed' : 'estimated';
    layers.push(layer(ins, bytes, Math.min(low, bytes), Math.max(high, bytes), why, conf));
    compressed.push(sum(mine.map((e) => e.bytes * compressRatio(e.path, e.label, state.base.family))));
    // only this stage's layers can hold what a RUN deletes (inherited files count on its FROM)
    for (const [l, w] of ctx.wasted) if (layers[l - fromLayer]) layers[l - fromLayer].wastedBytes += w;
  });
  return { id: ++lastResultId, layers, sources, compressed, state };
}

const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

/**
 * Already-compressed content barely shrinks in a gzip layer: wheel/npm/maven/gradle caches hold
 * zips and tarballs, JARs are zips, downloads are mostly archives. The rest uses the family's
 * measured ratio.
 */
const PACKED = /\.cache\/pip|\/\.npm|\.m2|\.gradle|cache\/yarn|pnpm|\/go\/pkg\/mod\/cache|\.(jar|war|zip|whl|tgz|gz|xz|zst)$|archives/;
export function compressRatio(path: string, label: string, family: string): number {
  return PACKED.test(path) || /^(download|built JAR|ADD of)/.test(label) ? 0.95 : ratioFor(family);
}

function topEntry<T extends { bytes: number }>(a: T[]): T | undefined {
  return a.reduce<T | undefined>((best, e) => (!best || e.bytes > best.bytes ? e : best), undefined);
}

/** The stage and every earlier stage it is built from: its base stage and COPY --from sources, transitively. */
function stagesBehind(stages: Stage[], target: number): Set<number> {
  const found = new Set<number>();
  const todo = [target];
  while (todo.length) {
    const i = todo.pop()!;
    if (found.has(i) || !stages[i]) continue;
    found.add(i);
    const stage = stages[i];
    if (stage.baseStage != null) todo.push(stage.baseStage);
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const from = ins.flags.find((f) => f.name === 'from')?.value?.toLowerCase();
      if (from == null) continue;
      for (const earlier of stages.slice(0, i)) if ((earlier.name ?? '').toLowerCase() === from || String(earlier.index) === from) todo.push(earlier.index);
    }
  }
  return found;
}

function resolveTarget(stages: Stage[], target: string | undefined): number {
  if (target != null) {
    const t = target.toLowerCase();
    const st = stages.find((s) => (s.name ?? '').toLowerCase() === t) ?? stages.find((s) => String(s.index) === t);
    if (st) return st.index;
  }
  return stages.length - 1;
}

function summarise(s: StageState): { bytes: number; low: number; high: number } {
  return { bytes: s.vfs.total(), low: sum(s.vfs.entries.map((e) => e.low)), high: sum(s.vfs.entries.map((e) => e.high)) };
}

function layer(ins: Instruction, bytes: number, low: number, high: number, why: string, confidence: Confidence): StageResult['layers'][number] {
  return { instruction: ins.keyword, bytes: Math.round(bytes), low: Math.round(low), high: Math.round(high), wastedBytes: 0, why, confidence };
}

function initPackages(state: StageState, base: BaseImageInfo): void {
  if (base.debian) {
    const { name, table } = aptSuite(base.debian.suite);
    state.apt = { table, suite: name, installed: baseInstalled(table, base.debian.sets), docs: base.debian.docs, noRecommends: false, dockerClean: true };
  }
  if (base.family === 'alpine') state.apk = alpineBaseline();
}

/**
 * The base image as vfs entries, with the runtime trees official images put under /usr/local
 * (python, node) or /usr/local/go, so `COPY --from=<stage> /usr/local ...` finds something.
 * The split figures are rough shares of the image, not measurements.
 */
function addBaseEntries(state: StageState, base: BaseImageInfo, layer: number, repository: string): void {
  const repo = repository.replace(/^library\//, '');
  const share: Record<string, [string, number]> = { python: ['/usr/local', 60e6], node: ['/usr/local', 150e6], golang: ['/usr/local/go', 250e6] };
  const s = share[repo];
  let rest = base.bytes;
  if (s && base.bytes > s[1] * 1.2) {
    state.vfs.add({ path: s[0], bytes: s[1], low: s[1] * 0.7, high: s[1] * 1.3, layer, label: `${repo} runtime in ${s[0]}`, origin: 'base' });
    state.confidence.set(`${repo} runtime in ${s[0]}`, 'guessed');
    rest -= s[1];
  }
  const label = `base image ${base.matched ?? repo}`;
  state.vfs.add({ path: '/', bytes: rest, low: base.low - (base.bytes - rest), high: base.high - (base.bytes - rest), layer, label, origin: 'base' });
  state.confidence.set(label, base.confidence);
}
