'use client';
/** Read-only side-by-side diff of the user's Dockerfile and the optimized one (lazy, like the editor). */
import { useEffect, useRef } from 'react';
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor';
import './setupMonaco';

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

export default function MonacoDiff({ original, modified, theme, ariaLabel, originalAriaLabel, modifiedAriaLabel, onReady }: Props) {
  const diffRef = useRef<editor.IStandaloneDiffEditor | null>(null);

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
      if (models) setTimeout(() => [models.original, models.modified].forEach((m) => m.dispose()), 0);
    },
    [],
  );

  const originalName = originalAriaLabel ?? (ariaLabel ? `${ariaLabel}: original` : 'Original Dockerfile');
  const modifiedName = modifiedAriaLabel ?? (ariaLabel ? `${ariaLabel}: optimized` : 'Optimized Dockerfile');
  // The diff's originalAriaLabel/modifiedAriaLabel do not reach each side's edit context in this
  // Monaco version (axe: aria-input-field-name); name the two inner editors directly.
  const nameSides = (diffEditor: editor.IStandaloneDiffEditor) => {
    diffEditor.getOriginalEditor().updateOptions({ ariaLabel: originalName });
    diffEditor.getModifiedEditor().updateOptions({ ariaLabel: modifiedName });
  };
  useEffect(() => {
    if (diffRef.current) nameSides(diffRef.current);
  });

  const onMount: DiffOnMount = (diffEditor) => {
    diffRef.current = diffEditor;
    nameSides(diffEditor);
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
      original={original}
      modified={modified}
      language="dockerfile"
      theme={theme === 'dark' ? 'layerlab-dark' : 'layerlab-light'}
      loading={null}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={onMount}
      options={{
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
      }}
    />
  );
}
