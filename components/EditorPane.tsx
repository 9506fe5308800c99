'use client';
/**
 * Left pane: the Dockerfile editor (Monaco, loaded lazily so the page is usable first; until it
 * arrives the text is shown read-only) and plain text areas for the files beside it that change
 * the analysis: the build's .dockerignore and the requirements.txt pip installs.
 */
import dynamic from 'next/dynamic';
import { memo, useCallback, useState } from 'react';
import type { EditorApi } from './monaco/editorApi';
import { usePreferences } from './preferences';
import type { MessageKey } from './i18n';

const loadEditor = () => import('./monaco/MonacoEditor');
// Start fetching Monaco (the largest chunk) as soon as this module runs in the browser, in
// parallel with hydration, instead of after the first render asks for it.
if (typeof window !== 'undefined') void loadEditor();

const MonacoEditor = dynamic(loadEditor, {
  ssr: false,
  loading: () => null,
});

/** The files beside the Dockerfile the user may paste: they change the analysis, and links carry them. */
export interface SideTexts {
  dockerignore: string;
  requirements: string;
}

type SideFile = keyof SideTexts;

const SIDE_FILES: readonly { file: SideFile; tab: MessageKey; help: MessageKey; placeholder: string }[] = [
  { file: 'dockerignore', tab: 'editorTabDockerignore', help: 'dockerignoreHelp', placeholder: '.git\nnode_modules\n*.log' },
  { file: 'requirements', tab: 'editorTabRequirements', help: 'requirementsHelp', placeholder: 'flask==3.0.3\ngunicorn\npsycopg2-binary' },
];

interface Props {
  initialText: string;
  side: SideTexts;
  onSideChange(next: SideTexts): void;
  onReady(api: EditorApi): void;
  onContentChange(): void;
  onEscape(): void;
  onCursorLine?(line: number): void;
}

function EditorPane({ initialText, side, onSideChange, onReady, onContentChange, onEscape, onCursorLine }: Props) {
  const { t, resolvedTheme } = usePreferences();
  const [file, setFile] = useState<'dockerfile' | SideFile>('dockerfile');
  const shownSide = SIDE_FILES.find((f) => f.file === file);
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
          {SIDE_FILES.map((f) => (
            <button key={f.file} type="button" role="tab" aria-selected={file === f.file} className={tabClass(file === f.file)} onClick={() => setFile(f.file)}>
              {t(f.tab)}
            </button>
          ))}
        </div>
        <p className="hidden pb-2 text-xs text-muted sm:block">{t('editorHint')}</p>
      </div>
      {/* The Monaco host stays mounted while a side file is shown: its state (undo, cursor) survives. */}
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
      {shownSide && (
        <div className="flex min-h-0 flex-1 flex-col gap-2 p-3">
          <label htmlFor={`${shownSide.file}-input`} className="text-sm text-muted">
            {t(shownSide.help)}
          </label>
          <textarea
            id={`${shownSide.file}-input`}
            value={side[shownSide.file]}
            onChange={(e) => onSideChange({ ...side, [shownSide.file]: e.target.value })}
            spellCheck={false}
            placeholder={shownSide.placeholder}
            className="min-h-0 flex-1 resize-none rounded-md border border-border bg-surface-2 p-3 font-mono text-[15px] leading-[22px]"
          />
        </div>
      )}
    </section>
  );
}

export default memo(EditorPane);
