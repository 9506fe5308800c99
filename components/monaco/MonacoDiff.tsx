'use client';
/**
 * Read-only side-by-side diff of the user's Dockerfile and the optimized one (lazy, like the editor).
 * A switched change must show at once: each new text goes into its side as one minimal edit
 * (minimalEdit.ts) before the browser paints, and the diff is recomputed right away instead of
 * after Monaco's pause (diffRefresher.ts).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor';
import { createDiffRefresher, type DiffRefresher } from './diffRefresher';
import { setTextMinimally } from './minimalEdit';
import { monaco } from './setupMonaco';

/** What a caller may do with the diff (the Optimized view reveals a change's lines). */
export interface DiffApi {
  /** scroll the optimized side to these 1-based lines and select them */
  revealModified(line: number, endLine: number): void;
}

interface Props {
  original: string;
  modified: string;
  theme: 'light' | 'dark';
  ariaLabel?: string;
  /** names of the two sides for screen readers (each side is an editor of its own) */
  originalAriaLabel?: string;
  modifiedAriaLabel?: string;
  onReady?(api: DiffApi): void;
}

interface Sides {
  original: string;
  modified: string;
  originalName: string;
  modifiedName: string;
}

// The diff's originalAriaLabel/modifiedAriaLabel do not reach each side's edit context in this
// Monaco version (axe: aria-input-field-name), and every updateOptions on the diff (the wrapper's
// on new options, a switch between the inline and the side-by-side view) resets them: name the
// two inner editors directly, again whenever their configuration changes.
function keepSidesNamed(diffEditor: editor.IStandaloneDiffEditor, sides: { readonly current: Sides }): void {
  const ariaLabel = monaco.editor.EditorOption.ariaLabel;
  const name = (side: editor.ICodeEditor, label: string) => {
    if (side.getOption(ariaLabel) !== label) side.updateOptions({ ariaLabel: label });
  };
  const nameBoth = () => {
    name(diffEditor.getOriginalEditor(), sides.current.originalName);
    name(diffEditor.getModifiedEditor(), sides.current.modifiedName);
  };
  nameBoth();
  // disposed with the editors
  diffEditor.getOriginalEditor().onDidChangeConfiguration(nameBoth);
  diffEditor.getModifiedEditor().onDidChangeConfiguration(nameBoth);
}

/** Brings both sides to the given texts (the wrapper would `setValue` the whole side instead). */
function showTexts(diffEditor: editor.IStandaloneDiffEditor, sides: Sides, refresher: DiffRefresher): void {
  const models = diffEditor.getModel();
  if (!models) return;
  const changedOriginal = setTextMinimally(models.original, sides.original);
  const changedModified = setTextMinimally(models.modified, sides.modified);
  if (!changedOriginal && !changedModified) return;
  refresher.refresh();
  // The scroll position stays, but a selection made by "show lines" marked a change of the old text.
  const optimizedSide = diffEditor.getModifiedEditor();
  const selection = optimizedSide.getSelection();
  if (selection && !selection.isEmpty()) optimizedSide.setPosition(selection.getStartPosition());
}

export default function MonacoDiff({ original, modified, theme, ariaLabel, originalAriaLabel, modifiedAriaLabel, onReady }: Props) {
  const diffRef = useRef<editor.IStandaloneDiffEditor | null>(null);
  const refresherRef = useRef<DiffRefresher | null>(null);
  const originalName = originalAriaLabel ?? (ariaLabel ? `${ariaLabel}: original` : 'Original Dockerfile');
  const modifiedName = modifiedAriaLabel ?? (ariaLabel ? `${ariaLabel}: optimized` : 'Optimized Dockerfile');
  const sides = useRef<Sides>({ original, modified, originalName, modifiedName });

  // The wrapper gets only the first texts (it creates the models from them); later ones go in
  // as minimal edits, in a layout effect so they are in the models before the next paint.
  const [first] = useState({ original, modified });
  useLayoutEffect(() => {
    sides.current = { original, modified, originalName, modifiedName };
    if (diffRef.current && refresherRef.current) showTexts(diffRef.current, sides.current, refresherRef.current);
  }, [original, modified, originalName, modifiedName]);

  // @monaco-editor/react disposes the models before the diff editor on unmount, which makes
  // Monaco throw ("TextModel got disposed before DiffEditorWidget model got reset"). We keep the
  // models alive through its unmount and dispose them ourselves once the editor is gone.
  useEffect(
    () => () => {
      const diffEditor = diffRef.current;
      const models = diffEditor?.getModel();
      diffRef.current = null;
      // Detach the models first (this cleanup runs before the wrapper's): a diff still being
      // computed in the editor worker then has no widget to report to after the unmount
      // (otherwise: "AbstractContextKeyService has been disposed" when it lands).
      try {
        diffEditor?.setModel(null);
      } catch {
        /* already disposed */
      }
      refresherRef.current?.dispose();
      refresherRef.current = null;
      if (models) setTimeout(() => [models.original, models.modified].forEach((m) => m.dispose()), 0);
    },
    [],
  );

  // A new options object on each render would make the wrapper call updateOptions every time.
  const options = useMemo<editor.IDiffEditorConstructionOptions>(
    () => ({
      readOnly: true,
      originalEditable: false,
      ariaLabel,
      // each side's text area needs its own name (axe: aria-input-field-name)
      originalAriaLabel: originalName,
      modifiedAriaLabel: modifiedName,
      // the results pane is often ~700 px wide: stay side by side down to that
      renderSideBySideInlineBreakpoint: 560,
      fontSize: 14,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace',
      // its column offers revert/stage actions a read-only diff cannot take, and it is redrawn
      // (with a forced layout) on every change of the diff
      renderGutterMenu: false,
    }),
    [ariaLabel, originalName, modifiedName],
  );

  const onMount: DiffOnMount = (diffEditor) => {
    diffRef.current = diffEditor;
    refresherRef.current = createDiffRefresher(diffEditor);
    keepSidesNamed(diffEditor, sides);
    // the texts may have moved on while Monaco was being set up
    showTexts(diffEditor, sides.current, refresherRef.current);
    onReady?.({
      revealModified: (line, endLine) => {
        const editor = diffEditor.getModifiedEditor();
        const model = editor.getModel();
        if (!model) return;
        const last = model.getLineCount();
        const start = Math.min(Math.max(1, line), last);
        const stop = Math.min(Math.max(start, endLine), last);
        const range = { startLineNumber: start, startColumn: 1, endLineNumber: stop, endColumn: model.getLineMaxColumn(stop) };
        editor.setSelection(range);
        editor.revealRangeInCenterIfOutsideViewport(range);
      },
    });
  };

  return (
    <DiffEditor
      original={first.original}
      modified={first.modified}
      language="dockerfile"
      theme={theme === 'dark' ? 'layerlab-dark' : 'layerlab-light'}
      loading={null}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={onMount}
      options={options}
    />
  );
}
