/**
 * Monaco recomputes a diff 200 ms after the last edit of either side (a fixed pause in its
 * DiffEditorViewModel, not an option), while a new view model computes at once. So after an
 * edit, a view model is made for the same two models and swapped in when its diff is ready: the
 * old highlights stay until then (never none), and so do the models, hence the scroll position.
 */
import type { editor } from 'monaco-editor/editor';

export interface DiffRefresher {
  /** call after editing either side */
  refresh(): void;
  /** call after the diff editor's model was reset (setModel(null)) on unmount */
  dispose(): void;
}

export function createDiffRefresher(diffEditor: editor.IStandaloneDiffEditor): DiffRefresher {
  let latest = 0;
  let disposed = false;
  /** the view model swapped in last (a view model passed to setModel stays the caller's to dispose) */
  let shown: editor.IDiffEditorViewModel | null = null;
  const computing = new Set<editor.IDiffEditorViewModel>();

  const settle = (run: number, next: editor.IDiffEditorViewModel, computed: boolean) => {
    if (!computing.delete(next)) return; // disposed meanwhile (superseded, or unmounted)
    const models = diffEditor.getModel();
    if (!computed || run !== latest || !models || models.original !== next.model.original || models.modified !== next.model.modified) {
      next.dispose();
      return;
    }
    const previous = shown;
    shown = next;
    diffEditor.setModel(next);
    // as Monaco does with its own: after the swap's transaction has finished everywhere
    if (previous) setTimeout(() => previous.dispose(), 0);
  };

  return {
    refresh() {
      const models = diffEditor.getModel();
      if (disposed || !models) return;
      const run = ++latest;
      // only the newest can ever be shown: stop the others' computations
      computing.forEach((vm) => vm.dispose());
      computing.clear();
      const next = diffEditor.createViewModel(models);
      computing.add(next);
      next.waitForDiff().then(
        () => settle(run, next, true),
        () => settle(run, next, false),
      );
    },
    dispose() {
      disposed = true;
      computing.forEach((vm) => vm.dispose());
      computing.clear();
      shown?.dispose();
      shown = null;
    },
  };
}
