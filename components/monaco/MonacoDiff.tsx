'use client';
/** Read-only side-by-side diff of the user's Dockerfile and the optimized one (lazy, like the editor). */
import { useEffect, useRef } from 'react';
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor';
import './setupMonaco';

interface Props {
  original: string;
  modified: string;
  theme: 'light' | 'dark';
}

export default function MonacoDiff({ original, modified, theme }: Props) {
  const diffRef = useRef<editor.IStandaloneDiffEditor | null>(null);

  // @monaco-editor/react disposes the models before the diff editor on unmount, which makes
  // Monaco throw ("TextModel got disposed before DiffEditorWidget model got reset"). We keep the
  // models alive through its unmount and dispose them ourselves once the editor is gone.
  useEffect(
    () => () => {
      const models = diffRef.current?.getModel();
      diffRef.current = null;
      if (models) setTimeout(() => [models.original, models.modified].forEach((m) => m.dispose()), 0);
    },
    [],
  );

  const onMount: DiffOnMount = (diffEditor) => {
    diffRef.current = diffEditor;
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
