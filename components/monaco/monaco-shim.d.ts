// @monaco-editor/react's types import Monaco from a path that monaco-editor 0.56+ no longer
// exports, which silently turns its `Monaco` type into `any`. Point that path at the real API.
declare module 'monaco-editor/esm/vs/editor/editor.api' {
  export * from 'monaco-editor/editor';
}
