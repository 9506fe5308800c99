/**
 * Makes @monaco-editor/react use the Monaco bundled with this site instead of fetching one
 * from a public CDN (its default): no request leaves the origin and the version is the
 * installed one. Only the editor core, its features and the Dockerfile grammar are imported;
 * the full `monaco-editor` entry would add the TypeScript service and every language (~9 MB).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/dockerfile/register';
import { loader } from '@monaco-editor/react';
import { computeSmallDiffsOnMainThread } from './mainThreadDiff';

self.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module', name: 'monaco-editor' });
  },
};

loader.config({ monaco });
computeSmallDiffsOnMainThread();

// Editor backgrounds match the page surfaces so the editor reads as part of the product.
monaco.editor.defineTheme('layerlab-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff' },
});
monaco.editor.defineTheme('layerlab-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#151a21',
    'editorGutter.background': '#151a21',
    // Diff backgrounds dark enough that keyword colours keep 4.5:1 contrast on them (WCAG AA).
    'diffEditor.insertedLineBackground': '#0f2a17cc',
    'diffEditor.insertedTextBackground': '#12331ccc',
    'diffEditor.removedLineBackground': '#2e1214cc',
    'diffEditor.removedTextBackground': '#3a1518cc',
  },
});

export { monaco };
