/**
 * Monaco's diff editor asks its editor worker for every diff: the models are synced, the diff comes
 * back as a message and is drawn a frame later than the text it belongs to. A switched change in the
 * Optimized view should show its highlights with its text, and a Dockerfile's diff takes well under a
 * millisecond, so diffs of small files are computed here, on the main thread, with the same algorithm
 * and options the worker would use; larger ones (and the legacy algorithm) still go to the worker.
 */
import type { editor } from 'monaco-editor/editor';
import { WorkerBasedDocumentDiffProvider } from 'monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService';
import { DefaultLinesDiffComputer } from 'monaco-editor/editor/common/diff/defaultLinesDiffComputer/defaultLinesDiffComputer';

/** above this many lines on both sides together, a diff could take a frame: the worker computes it */
export const MAIN_THREAD_DIFF_MAX_LINES = 4000;
/** a diff that takes longer here (unusual shapes of change) is handed to the worker unfinished */
const MAIN_THREAD_BUDGET_MS = 30;

type Model = editor.ITextModel;
type ComputeDiff = (original: Model, modified: Model, options: unknown, token: unknown) => Promise<unknown>;

let installed = false;

export function computeSmallDiffsOnMainThread(): void {
  if (installed) return;
  installed = true;
  const proto = WorkerBasedDocumentDiffProvider.prototype as { computeDiff: ComputeDiff; diffAlgorithm?: unknown };
  const inWorker = proto.computeDiff;
  const computer = new DefaultLinesDiffComputer();
  proto.computeDiff = async function (this: { diffAlgorithm?: unknown }, original, modified, options, token) {
    const small = !original.isDisposed() && !modified.isDisposed()
      && original.getLineCount() + modified.getLineCount() <= MAIN_THREAD_DIFF_MAX_LINES;
    if (this.diffAlgorithm !== 'advanced' || !small) return inWorker.call(this, original, modified, options, token);
    const originalLines = original.getLinesContent();
    const modifiedLines = modified.getLinesContent();
    const diff = computer.computeDiff(originalLines, modifiedLines, { ...(options as object), maxComputationTimeMs: MAIN_THREAD_BUDGET_MS });
    if (diff.hitTimeout) return inWorker.call(this, original, modified, options, token);
    return {
      identical: diff.changes.length === 0 && sameLines(originalLines, modifiedLines),
      quitEarly: false,
      changes: diff.changes,
      moves: diff.moves,
    };
  };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}
