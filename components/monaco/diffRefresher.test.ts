/** The diff refresher swaps in only the newest finished view model and disposes every other one. */
import { describe, expect, it } from 'vitest';
import type { editor } from 'monaco-editor/editor';
import { createDiffRefresher } from './diffRefresher';

function fakeDiffEditor() {
  const models = { original: {}, modified: {} } as editor.IDiffEditorModel;
  const made: { vm: editor.IDiffEditorViewModel; finish(): void; disposed: boolean }[] = [];
  let shown: unknown = models;
  const diffEditor = {
    getModel: () => (shown === null ? null : models),
    setModel: (m: unknown) => (shown = m),
    createViewModel: (model: editor.IDiffEditorModel) => {
      let finish = () => {};
      const done = new Promise<void>((resolve) => (finish = resolve));
      const entry = { vm: null as unknown as editor.IDiffEditorViewModel, finish: () => finish(), disposed: false };
      entry.vm = { model, waitForDiff: () => done, dispose: () => (entry.disposed = true) };
      made.push(entry);
      return entry.vm;
    },
  } as unknown as editor.IStandaloneDiffEditor;
  return { diffEditor, made, shown: () => shown };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createDiffRefresher', () => {
  it('shows a view model once its diff is ready, and retires the one before', async () => {
    const f = fakeDiffEditor();
    const refresher = createDiffRefresher(f.diffEditor);
    refresher.refresh();
    expect(f.shown()).not.toBe(f.made[0].vm); // not before its diff is computed
    f.made[0].finish();
    await tick();
    expect(f.shown()).toBe(f.made[0].vm);
    refresher.refresh();
    f.made[1].finish();
    await tick();
    await tick();
    expect(f.shown()).toBe(f.made[1].vm);
    expect(f.made[0].disposed).toBe(true);
  });

  it('drops a view model that finishes after a newer edit', async () => {
    const f = fakeDiffEditor();
    const refresher = createDiffRefresher(f.diffEditor);
    refresher.refresh();
    refresher.refresh();
    f.made[1].finish();
    await tick();
    f.made[0].finish(); // the older one lands last
    await tick();
    expect(f.shown()).toBe(f.made[1].vm);
    expect(f.made[0].disposed).toBe(true);
    expect(f.made[1].disposed).toBe(false);
  });

  it('disposes everything on dispose, also what is still computing', async () => {
    const f = fakeDiffEditor();
    const refresher = createDiffRefresher(f.diffEditor);
    refresher.refresh();
    f.made[0].finish();
    await tick();
    refresher.refresh();
    f.diffEditor.setModel(null);
    refresher.dispose();
    expect(f.made.map((m) => m.disposed)).toEqual([true, true]);
    f.made[1].finish();
    await tick();
    expect(f.shown()).toBeNull();
  });
});
