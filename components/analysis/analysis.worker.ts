/// <reference lib="webworker" />
/**
 * Runs the shared analysis library off the main thread so typing never waits for it.
 * One request at a time; the page drops stale answers and restarts this worker when an
 * analysis runs too long (there is no way to interrupt synchronous work from outside).
 */
import { analyze } from '@/lib/analyze';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { toViewResult } from './toViewResult';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, text, options } = event.data;
  const started = performance.now();
  let response: AnalysisResponse;
  try {
    const result = analyze(text, {
      target: options.target,
      contextBytes: options.contextBytes ?? null,
      dockerignore: options.dockerignore ?? null,
    });
    response = { id, result: toViewResult(result), ms: performance.now() - started };
  } catch (err) {
    // analyze() promises never to throw; if it does, the page shows this instead of going blank.
    response = { id, result: null, error: err instanceof Error ? err.message : String(err), ms: performance.now() - started };
  }
  scope.postMessage(response);
};
