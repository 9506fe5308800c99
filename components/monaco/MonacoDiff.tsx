'use client';
/** Read-only side-by-side diff of the user's Dockerfile and the optimized one (lazy, like the editor). */
import { DiffEditor } from '@monaco-editor/react';
import './setupMonaco';

interface Props {
  original: string;
  modified: string;
  theme: 'light' | 'dark';
}

export default function MonacoDiff({ original, modified, theme }: Props) {
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="dockerfile"
      theme={theme === 'dark' ? 'layerlab-dark' : 'layerlab-light'}
      loading={null}
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
