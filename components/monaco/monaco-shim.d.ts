// @monaco-editor/react's types import Monaco from a path that monaco-editor 0.56+ no longer
// exports, which silently turns its `Monaco` type into `any`. Point that path at the real API.
declare module 'monaco-editor/esm/vs/editor/editor.api' {
  export * from 'monaco-editor/editor';
}

// Monaco internals used by mainThreadDiff.ts (the package exports them, without types).
declare module 'monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService' {
  export const WorkerBasedDocumentDiffProvider: { prototype: object };
}
declare module 'monaco-editor/editor/common/diff/defaultLinesDiffComputer/defaultLinesDiffComputer' {
  export class DefaultLinesDiffComputer {
    computeDiff(
      originalLines: string[],
      modifiedLines: string[],
      options: unknown,
    ): { changes: readonly unknown[]; moves: readonly unknown[]; hitTimeout: boolean };
  }
}
