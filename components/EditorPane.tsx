'use client';
/**
 * Left pane: the Dockerfile editor (Monaco, loaded lazily so the page is usable first; until it
 * arrives the text is shown read-only) and a plain text area for the build's .dockerignore.
 */
import dynamic from 'next/dynamic';
import { memo, useCallback, useState } from 'react';
import type { EditorApi } from './monaco/editorApi';
import { usePreferences } from './preferences';

const loadEditor = () => import('./monaco/MonacoEditor');
// Start fetching Monaco (the largest chunk) as soon as this module runs in the browser, in
// parallel with hydration, instead of after the first render asks for it.
if (typeof window !== 'undefined') void loadEditor();

const MonacoEditor = dynamic(loadEditor, {
  ssr: false,
  loading: () => null,
});

interface Props {
  initialText: string;
  dockerignore: string;
  onDockerignoreChange(text: string): void;
  onReady(api: EditorApi): void;
  onContentChange(): void;
  onEscape(): void;
  onCursorLine?(line: number): void;
}

function EditorPane({ initialText, dockerignore, onDockerignoreChange, onReady, onContentChange, onEscape, onCursorLine }: Props) {
  const { t, resolvedTheme } = usePreferences();
  const [file, setFile] = useState<'dockerfile' | 'dockerignore'>('dockerfile');
  const [loaded, setLoaded] = useState(false);
  const handleReady = useCallback(
    (api: EditorApi) => {
      setLoaded(true);
      onReady(api);
    },
    [onReady],
  );

  const tabClass = (active: boolean) =>
    `-mb-px border-b-2 px-3 py-2 font-mono text-sm ${active ? 'border-accent font-semibold text-fg' : 'border-transparent text-muted hover:text-fg'}`;

  return (
    <section aria-label={t('editorLabel')} className="flex min-h-0 flex-1 flex-col bg-surface">
      <div className="flex items-end justify-between gap-2 border-b border-border px-3">
        <div role="tablist" aria-label={t('editorLabel')} className="flex">
          <button type="button" role="tab" aria-selected={file === 'dockerfile'} className={tabClass(file === 'dockerfile')} onClick={() => setFile('dockerfile')}>
            {t('editorTabDockerfile')}
          </button>
          <button type="button" role="tab" aria-selected={file === 'dockerignore'} className={tabClass(file === 'dockerignore')} onClick={() => setFile('dockerignore')}>
            {t('editorTabDockerignore')}
          </button>
        </div>
        <p className="hidden pb-2 text-xs text-muted sm:block">{t('editorHint')}</p>
      </div>
      {/* The Monaco host stays mounted when the .dockerignore tab is shown: its state (undo, cursor) survives. */}
      <div className={`relative min-h-0 flex-1 ${file === 'dockerfile' ? '' : 'hidden'}`} data-testid="editor-host">
        {!loaded && (
          <div className="absolute inset-0 overflow-hidden" aria-busy="true">
            <p className="absolute right-3 top-2 z-10 rounded bg-surface-2 px-2 py-1 text-xs text-muted" role="status">
              {t('editorLoading')}
            </p>
            <pre className="h-full overflow-auto whitespace-pre p-3 pl-[4.2rem] font-mono text-[15px] leading-[22px] text-fg" data-testid="editor-placeholder">
              {initialText.length > 20000 ? initialText.slice(0, 20000) + '\n…' : initialText}
            </pre>
          </div>
        )}
        <MonacoEditor
          initialText={initialText}
          theme={resolvedTheme}
          ariaLabel={t('editorLabel')}
          onReady={handleReady}
          onContentChange={onContentChange}
          onEscape={onEscape}
          onCursorLine={onCursorLine}
        />
      </div>
      {file === 'dockerignore' && (
        <div className="flex min-h-0 flex-1 flex-col gap-2 p-3">
          <label htmlFor="dockerignore-input" className="text-sm text-muted">
            {t('dockerignoreHelp')}
          </label>
          <textarea
            id="dockerignore-input"
            value={dockerignore}
            onChange={(e) => onDockerignoreChange(e.target.value)}
            spellCheck={false}
            placeholder={'.git\nnode_modules\n*.log'}
            className="min-h-0 flex-1 resize-none rounded-md border border-border bg-surface-2 p-3 font-mono text-[15px] leading-[22px]"
          />
        </div>
      )}
    </section>
  );
}

export default memo(EditorPane);
