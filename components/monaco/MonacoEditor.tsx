'use client';
/**
 * The Dockerfile editor. Loaded only through next/dynamic (see EditorPane), because Monaco
 * touches `window` when evaluated and is too big for the first load. Uncontrolled on purpose:
 * the text lives in Monaco, and the page reads it when it needs it (debounced), so a 2 MB
 * paste never travels through React props or state per keystroke.
 */
import { memo, useCallback, useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { monaco } from './setupMonaco';
import type { EditorApi, EditorMarker } from './editorApi';
import { attachFindings, loadCatalog } from '../issues/editorFindings';
import { MAX_ANALYSED_CHARS } from '@/lib/model/parse';

/**
 * Past what is analysed, text is shown without highlighting: Monaco tokenizes from the first line
 * down to the one shown, so a jump to the end of a 10 MB paste blocked the page for most of a second.
 */
function highlightOnlyWhatIsAnalysed(model: ReturnType<Parameters<OnMount>[0]['getModel']>): void {
  if (!model) return;
  const wanted = model.getValueLength() > MAX_ANALYSED_CHARS ? 'plaintext' : 'dockerfile';
  if (model.getLanguageId() !== wanted) monaco.editor.setModelLanguage(model, wanted);
}

interface Props {
  initialText: string;
  theme: 'light' | 'dark';
  ariaLabel: string;
  onReady(api: EditorApi): void;
  /** called on every content change, without the text (reading it is the caller's choice) */
  onContentChange(): void;
  /** Esc with no widget open: the page moves focus out (Monaco keeps Tab for indenting) */
  onEscape(): void;
  /** the cursor moved (called with its 1-based line; the page ignores repeats of the same line) */
  onCursorLine?(line: number): void;
}

function MonacoEditor({ initialText, theme, ariaLabel, onReady, onContentChange, onEscape, onCursorLine }: Props) {
  // Callbacks may change identity; Monaco's listeners are registered once and read the refs.
  const handlers = useRef({ onContentChange, onEscape, onCursorLine });
  useEffect(() => {
    handlers.current = { onContentChange, onEscape, onCursorLine };
  }, [onContentChange, onEscape, onCursorLine]);

  const handleMount = useCallback<OnMount>(
    (editor) => {
      // Hover explanations and lightbulb quick fixes for the findings (see editorFindings.ts).
      const findings = attachFindings(editor);
      editor.onDidDispose(() => findings.dispose());
      // Rule titles for the hover: fetch once the page is idle, not on the first hover.
      const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
      idle(() => void loadCatalog());
      highlightOnlyWhatIsAnalysed(editor.getModel());
      editor.onDidChangeModelContent(() => {
        highlightOnlyWhatIsAnalysed(editor.getModel());
        handlers.current.onContentChange();
      });
      editor.onDidChangeCursorPosition((e) => handlers.current.onCursorLine?.(e.position.lineNumber));
      editor.addCommand(
        monaco.KeyCode.Escape,
        () => handlers.current.onEscape(),
        '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !markersNavigationVisible && !editorHasMultipleSelections && !inSnippetMode',
      );
      const api: EditorApi = {
        getText: () => editor.getValue(),
        setText: (text) => editor.setValue(text),
        replaceText: (text) => {
          const model = editor.getModel();
          if (!model) return;
          editor.pushUndoStop();
          editor.executeEdits('layerlab', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }], [new monaco.Selection(1, 1, 1, 1)]);
          editor.pushUndoStop();
          editor.revealLine(1);
        },
        reveal: (line, column = 1, endLine = line, endColumn) => {
          const model = editor.getModel();
          if (!model) return;
          const lastLine = model.getLineCount();
          const startLine = Math.min(Math.max(1, line), lastLine);
          const stopLine = Math.min(Math.max(startLine, endLine), lastLine);
          const stopColumn = endColumn ?? model.getLineMaxColumn(stopLine);
          const range = new monaco.Range(startLine, column, stopLine, stopColumn);
          editor.setSelection(range);
          editor.revealRangeInCenterIfOutsideViewport(range);
          editor.focus();
        },
        setMarkers: (markers: EditorMarker[], forText?: string) => findings.set(markers, forText),
        applyFix: (fix) => findings.applyFix(fix),
        focus: () => editor.focus(),
      };
      onReady(api);
    },
    [onReady],
  );

  return (
    <Editor
      defaultLanguage="dockerfile"
      defaultValue={initialText}
      theme={theme === 'dark' ? 'layerlab-dark' : 'layerlab-light'}
      onMount={handleMount}
      loading={null}
      options={{
        ariaLabel,
        fontSize: 15,
        lineHeight: 22,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace',
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        renderWhitespace: 'selection',
        tabSize: 4,
        padding: { top: 12, bottom: 12 },
        fixedOverflowWidgets: true,
        // Analysis results are shown as markers; Monaco's word-based suggestions only add noise.
        quickSuggestions: false,
        wordBasedSuggestions: 'off',
        accessibilitySupport: 'auto',
      }}
    />
  );
}

export default memo(MonacoEditor);
