/**
 * The optimizer pipeline: passes run in a fixed order, each on the re-parsed output of the one
 * before, so their edits never collide. Every change can be switched off by id: the pass that
 * made it sees exactly the same input with or without the switch (only earlier passes shape its
 * input), so the same id names the same change.
 */
import { parseInPipeline } from './parse-cache';
import { applyEdits } from '../rules/fixes';
import { textMemo } from '../text-cache';
import type { ImageEstimate, TextEdit } from '../types';
import { ALL_PASSES } from './registry';
import { shippedBytes, shippedBytesPerInstruction, shippedImage, type EstimateInputs } from './estimate';
import type { OptimizeOptions, OptimizeResult, OptimizedChange, Pass, Profile } from './types';
import type { DockerfileModel } from '../model/types';

/** Run order: normalise single instructions, then layer-level moves, structural rewrites, then review passes on the result. */
export const PASS_ORDER = [
  'pin-base-image-tag',
  'supported-python-line',
  'copy-instead-of-add',
  'exec-form-command',
  'workdir-instead-of-cd',
  'merge-related-runs',
  'move-cleanup-into-layer',
  'copy-manifests-first',
  'multi-stage-python',
  'multi-stage-node',
  'multi-stage-go',
  'multi-stage-java',
  'multi-stage-rust',
  'multi-stage-ruby',
  'multi-stage-generic',
  'static-go-build',
  'runtime-with-libc',
  'slim-base-image',
  'build-cache-mounts',
  'apt-no-install-recommends',
  'apt-clean-lists',
  'apk-no-cache',
  'yum-clean-all',
  'pip-no-cache-dir',
  'npm-ci',
  'npm-omit-dev',
  'php-purge-dev-packages',
  'remove-build-toolchain',
  'non-root-user',
];

export function passesFor(profile: Profile, passes: readonly Pass[] = ALL_PASSES): Pass[] {
  const rank = (p: Pass): number => {
    const i = PASS_ORDER.indexOf(p.id);
    return i < 0 ? PASS_ORDER.length : i;
  };
  return passes.filter((p) => p.profiles.includes(profile)).sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Tracked {
  change: OptimizedChange;
  /** offsets in the current text of what the change wrote */
  ranges: { start: number; end: number }[];
}

/**
 * Where an offset of the text before `edits` lands after them. A range start stays after text
 * inserted at its offset; a range end stays before it. Inside a replaced range: its new bounds.
 */
function mapOffset(sorted: readonly TextEdit[], offset: number, isEnd: boolean): number {
  let delta = 0;
  for (const e of sorted) {
    if (isEnd ? offset <= e.start : offset < e.start) break;
    if (offset >= e.end) delta += e.text.length - (e.end - e.start);
    else return e.start + delta + (isEnd ? e.text.length : 0);
  }
  return offset + delta;
}

/** Where a range of earlier-written text is after `edits`; when an edit rewrote around it, found again by its text. */
function follow(text: string, sorted: readonly TextEdit[], r: { start: number; end: number }): { start: number; end: number } {
  const start = mapOffset(sorted, r.start, false);
  const end = mapOffset(sorted, r.end, true);
  const outer = sorted.find((e) => e.start <= r.start && r.end <= e.end && e.end > e.start);
  if (!outer) return { start, end };
  const written = text.slice(r.start, r.end);
  if (!written) return { start, end: start };
  let at = written.trim().length >= 3 ? outer.text.indexOf(written) : -1;
  let length = written.length;
  if (at < 0) {
    // rewritten around: point at its first line when that survived
    const first = written.split('\n').find((l) => l.trim().length >= 3);
    at = first ? outer.text.indexOf(first.trim()) : -1;
    length = first ? first.trim().length : 0;
  }
  if (at < 0) return { start, end };
  const base = mapOffset(sorted, outer.start, false);
  return { start: base + at, end: base + at + length };
}

/**
 * The structural passes drop instructions (EXPOSE, LABEL...) from builder stages, which can leave
 * RUNs of the same kind next to each other: merging runs once more at the end keeps the pipeline
 * idempotent (a second optimize would merge them otherwise). Its changes have their own ids.
 */
function withSettlingRound(passes: Pass[]): Pass[] {
  const merge = passes.find((p) => p.id === 'merge-related-runs');
  if (!merge) return passes;
  return [...passes, Object.create(merge, { id: { value: 'merge-related-runs-again', enumerable: true } }) as Pass];
}

function sameOrBetterParse(before: DockerfileModel, after: DockerfileModel): boolean {
  const known = new Set(before.parseDiagnostics.map((d) => d.message));
  return after.parseDiagnostics.every((d) => known.has(d.message)) && after.stages.length > 0 === before.stages.length > 0;
}

/** passes that repair an image that cannot start (see Pass.repairs) */
const REPAIRS = new Set(ALL_PASSES.filter((p) => p.repairs).map((p) => p.id));

export function optimize(text: string, options: OptimizeOptions = {}): OptimizeResult {
  let result = runPasses(text, options, new Set());
  // The estimated image must never grow: changes that add bytes (a user, a second COPY layer)
  // are held back when the rest does not pay for them.
  // A repair (a runtime image with the C library the program needs) may add bytes: it is never
  // held back, and what it adds is allowed.
  const held = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const repairBytes = result.changes.filter((c) => c.enabled && REPAIRS.has(c.pass)).reduce((sum, c) => sum + Math.max(0, -c.savedBytes), 0);
    const before = result.originalBytes === null ? null : result.originalBytes + repairBytes;
    const after = result.image?.bytes ?? null;
    if (before === null || after === null || after <= before) break;
    const growing = result.changes.filter((c) => c.enabled && c.savedBytes < 0 && !held.has(c.id) && !REPAIRS.has(c.pass));
    if (!growing.length) break;
    growing.forEach((c) => held.add(c.id));
    result = runPasses(text, options, held);
  }
  // A structural rewrite is worth its risk only if the image ends up smaller than the safe changes
  // alone make it. (Counted in pipeline order, a split can be credited with a saving that a later
  // safe pass makes anyway, while its own venv or second install adds bytes.)
  const useless = new Set<string>();
  const structural = result.changes.filter((x) => x.enabled && x.risk === 'structural' && !REPAIRS.has(x.pass) && !held.has(x.id));
  const withIt = result.image?.bytes;
  if (structural.length && withIt !== undefined && (options.profile ?? 'recommended') !== 'safe') {
    const safeBytes = safeProfileBytes(text, options);
    if (safeBytes !== undefined && withIt >= safeBytes) {
      structural.forEach((c) => {
        held.add(c.id);
        useless.add(c.id);
      });
      result = runPasses(text, options, held);
    }
  }
  for (const c of result.changes) {
    if (useless.has(c.id)) c.why += ' (Held back: on this file the safe changes alone make the image as small, without the risk of a rewrite.)';
    else if (held.has(c.id)) c.why += ' (Held back: on this file it would make the estimated image bigger and nothing else pays for it.)';
  }
  return result;
}

/**
 * The safe profile's image for the hold-back check. Switching a change or the profile in the
 * playground optimizes the same text again: its safe run is the same, so it is kept.
 */
const safeRuns = textMemo((_key: string): { bytes?: number; done: boolean } => ({ done: false }), 16, 2_000_000);

const SAFE_PASS_IDS = ALL_PASSES.filter((p) => p.profiles.includes('safe')).map((p) => p.id);

function safeProfileBytes(text: string, options: OptimizeOptions): number | undefined {
  // switched-off changes of other passes do not change a safe run
  const disabled = (options.disabled ?? []).filter((d) => SAFE_PASS_IDS.some((id) => d === id || d.startsWith(`${id}-`))).sort();
  const key = [options.target ?? '', options.contextBytes ?? '', options.context?.id ?? '', disabled.join(','), text].join('\u0001');
  const slot = safeRuns(key);
  if (!slot.done) {
    slot.bytes = runPasses(text, { ...options, profile: 'safe', disabled }, new Set()).image?.bytes;
    slot.done = true;
  }
  return slot.bytes;
}

function runPasses(text: string, options: OptimizeOptions, held: ReadonlySet<string>): OptimizeResult {
  const profile = options.profile ?? 'recommended';
  const disabled = new Set([...(options.disabled ?? []), ...held]);
  const target = options.target ?? null;
  const inputs: EstimateInputs = { target, contextBytes: options.contextBytes ?? null, context: options.context ?? null };
  let current = typeof text === 'string' ? text : String(text ?? '');
  const input = current;
  const parseCached = (t: string) => parseInPipeline(input, t);
  let model = parseCached(current);
  const original = model;
  const originalBytes = safeEstimate(model, inputs);
  const tracked: Tracked[] = [];

  for (const pass of withSettlingRound(passesFor(profile))) {
    let out;
    try {
      out = pass.apply({ model, text: current, options: { ...options, profile } });
    } catch {
      continue; // a pass that fails on odd input changes nothing
    }
    if (!out.changes.length) continue;
    const enabled = out.changes.filter((c) => !disabled.has(c.id));
    const edits = enabled.flatMap((c) => c.edits).sort((a, b) => a.start - b.start || a.end - b.end);
    if (overlaps(edits)) continue;
    const next = edits.length ? applyEdits(current, edits) : current;
    const nextModel = edits.length ? parseCached(next) : model;
    if (!sameOrBetterParse(original, nextModel)) continue;

    const before = edits.length && originalBytes !== null ? safeEstimate(model, inputs) : null;
    const savings = before !== null ? savingsOf(model, nextModel, current, enabled, before, inputs, parseCached) : null;
    for (const t of tracked) t.ranges = t.ranges.map((r) => follow(current, edits, r));
    for (const c of out.changes) {
      const on = !disabled.has(c.id);
      const saved = on ? savings?.get(c) ?? 0 : 0;
      const ranges = on
        ? c.edits.map((e) => {
            // where this edit's own text landed: after any other edit applied before it at the same offset
            let delta = 0;
            for (const o of edits) {
              if (o === e) break;
              delta += o.text.length - (o.end - o.start);
            }
            const start = e.start + delta;
            return { start, end: start + e.text.length };
          })
        : [];
      tracked.push({
        change: {
          id: c.id,
          title: c.title,
          line: 0,
          lines: [],
          savedBytes: saved,
          risk: c.risk,
          why: c.why,
          pass: pass.id,
          lesson: pass.lesson,
          resolves: pass.resolves,
          enabled: on,
        },
        ranges,
      });
    }
    current = next;
    model = nextModel;
  }

  const lineStarts = model.lineStarts;
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const t of tracked) {
    const lines = new Set<number>();
    const written = t.ranges.filter((r) => r.end > r.start);
    for (const r of written.length ? written : t.ranges.slice(0, 1)) {
      const a = lineOf(r.start);
      const b = lineOf(Math.max(r.start, r.end - 1));
      for (let l = a; l <= b && l - a < 500; l++) lines.add(l);
    }
    t.change.lines = [...lines].sort((x, y) => x - y);
    t.change.line = t.change.lines[0] ?? 0;
  }
  const finalBytes = originalBytes !== null ? safeEstimate(model, inputs) : null;
  return {
    dockerfile: current,
    changes: tracked.map((t) => t.change),
    image: finalBytes !== null ? imageOf(model, inputs) : null,
    originalBytes,
    profile,
  };
}

/**
 * What each change of one pass saves. Re-estimating the file once per change is exact but costs a
 * parse and an estimate each; when the pass keeps every instruction in place (most safe passes edit
 * inside instructions), the per-instruction difference between before and after says the same.
 */
function savingsOf(
  model: DockerfileModel,
  nextModel: DockerfileModel,
  text: string,
  changes: readonly { edits: readonly TextEdit[] }[],
  before: number,
  inputs: EstimateInputs,
  parse: (text: string) => DockerfileModel,
): Map<object, number> {
  const out = new Map<object, number>();
  if (changes.length === 1) {
    const after = safeEstimate(nextModel, inputs);
    if (after !== null) out.set(changes[0], before - after);
    return out;
  }
  const a = model.instructions.length === nextModel.instructions.length ? perInstruction(model, inputs) : null;
  const b = a ? perInstruction(nextModel, inputs) : null;
  if (a && b) {
    for (const c of changes) {
      const touched = new Set<number>();
      for (const e of c.edits) {
        const idx = instructionIndexAt(model, e.start);
        if (idx >= 0) touched.add(idx);
      }
      let saved = 0;
      for (const i of touched) saved += a[i] - b[i];
      out.set(c, saved);
    }
    return out;
  }
  if (changes.length <= 4) {
    for (const c of changes) {
      const alone = safeEstimate(parse(applyEdits(text, c.edits)), inputs);
      if (alone !== null) out.set(c, before - alone);
    }
    return out;
  }
  // many changes that move instructions (merges): one estimate for the pass, shared out evenly
  const after = safeEstimate(nextModel, inputs);
  if (after !== null) for (const c of changes) out.set(c, (before - after) / changes.length);
  return out;
}

function perInstruction(model: DockerfileModel, inputs: EstimateInputs): Float64Array | null {
  try {
    return shippedBytesPerInstruction(model, inputs);
  } catch {
    return null;
  }
}

function instructionIndexAt(model: DockerfileModel, offset: number): number {
  const list = model.instructions;
  for (let lo = 0, hi = list.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (offset < list[mid].span.startOffset) hi = mid - 1;
    else if (offset > list[mid].span.endOffset) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function overlaps(sorted: readonly TextEdit[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return true;
  return false;
}

function safeEstimate(model: DockerfileModel, inputs: EstimateInputs): number | null {
  try {
    return shippedBytes(model, inputs);
  } catch {
    return null;
  }
}

function imageOf(model: DockerfileModel, inputs: EstimateInputs): ImageEstimate | null {
  try {
    return shippedImage(model, inputs);
  } catch {
    return null;
  }
}
