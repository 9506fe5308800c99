/// <reference lib="webworker" />
/**
 * Runs the shared analysis library off the main thread so typing never waits for it.
 * One request at a time, in two phases so findings appear before the (slower) optimizer is done:
 *   1. `analysis`: parse, rules, layer sizes (analyze with skipOptimize)
 *   2. `optimized`: the optimizer with the profile and switched-off changes
 * An `optimize` request runs phase 2 alone (a profile switch or a toggled change). The page drops
 * stale answers and restarts this worker when a request runs too long (there is no way to
 * interrupt synchronous work from outside). After the final answer, while no request waits, the
 * optimizer runs for the options one click away (prefetch.ts), one run per task so a new
 * request is never stuck behind more than one of them.
 */
import { analyze } from '@/lib/analyze';
import { optimize } from '@/lib/optimize';
import { MAX_ANALYSED_CHARS } from '@/lib/model/parse';
import { pastedRequirements } from '@/lib/size/context';
import { neighbourOptions, PREFETCH_DELAY_MS, PREFETCH_MAX_CHARS, PREFETCH_MAX_RUN_MS } from './prefetch';
import type { AnalysisOptions, AnalysisRequest, AnalysisResponse } from './protocol';
import { toViewResult } from './toViewResult';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The optimizer sees what the analysis saw: over-long text is cut at a line end, as the parser does. */
function analysedText(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
  return text.slice(0, cut > 0 ? cut + 1 : MAX_ANALYSED_CHARS);
}

function runOptimizer(id: number, text: string, options: AnalysisOptions): AnalysisResponse {
  const started = performance.now();
  try {
    const optimized = optimize(analysedText(text), {
      profile: options.profile ?? 'recommended',
      disabled: options.disabledChanges ?? [],
      target: options.target ?? null,
      contextBytes: options.contextBytes ?? null,
      context: pastedRequirements(options.requirements),
    });
    return { id, phase: 'optimized', optimized, ms: performance.now() - started, final: true };
  } catch (err) {
    return { id, phase: 'optimized', optimized: null, error: message(err), ms: performance.now() - started, final: true };
  }
}

/** Bumped by every request: a prefetch queue of an older request stops at its next step. */
let prefetchRun = 0;

function prefetchAround(id: number, text: string, options: AnalysisOptions, answer: AnalysisResponse): void {
  if (answer.phase !== 'optimized' || !answer.optimized || text.length > PREFETCH_MAX_CHARS || answer.ms > PREFETCH_MAX_RUN_MS) return;
  const run = prefetchRun;
  const queue = neighbourOptions(options, answer.optimized.changes);
  const step = () => {
    const next = queue.shift();
    if (run !== prefetchRun || !next) return;
    const res = runOptimizer(id, text, next);
    if (res.phase === 'optimized' && res.optimized) scope.postMessage({ id, phase: 'prefetch', options: next, optimized: res.optimized, ms: res.ms, final: false } satisfies AnalysisResponse);
    setTimeout(step, 0);
  };
  setTimeout(step, PREFETCH_DELAY_MS);
}

function answerOptimizer(id: number, text: string, options: AnalysisOptions): void {
  const answer = runOptimizer(id, text, options);
  scope.postMessage(answer);
  prefetchAround(id, text, options, answer);
}

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, mode, text, options } = event.data;
  prefetchRun++;
  if (mode === 'optimize') {
    answerOptimizer(id, text, options);
    return;
  }
  const started = performance.now();
  let first: AnalysisResponse;
  let stages = 0;
  try {
    const result = analyze(text, {
      target: options.target,
      contextBytes: options.contextBytes ?? null,
      dockerignore: options.dockerignore ?? null,
      context: pastedRequirements(options.requirements),
      skipOptimize: true,
    });
    stages = result.model.stages.length;
    first = { id, phase: 'analysis', result: toViewResult(result), ms: performance.now() - started, final: stages === 0 };
  } catch (err) {
    // analyze() promises never to throw; if it does, the page shows this instead of going blank.
    first = { id, phase: 'analysis', result: null, error: message(err), ms: performance.now() - started, final: true };
  }
  scope.postMessage(first);
  if (first.final) return;
  answerOptimizer(id, text, options);
};
