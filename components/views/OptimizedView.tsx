'use client';
/**
 * The optimizer's proposal: a side-by-side diff (Monaco, lazy), the list of changes beside it
 * (each switchable: the optimizer re-runs alone, so the diff and the totals follow at once),
 * before/after totals, a profile switch, and copy / download / open-in-editor.
 */
import dynamic from 'next/dynamic';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { OptimizedChange, OptimizeResult, Profile } from '@/lib/optimize/types';
import type { PermalinkOptions } from '@/lib/permalink';
import type { ImageEstimate } from '@/lib/types';
import { toggledDisabled } from '../analysis/prefetch';
import { EmptyState } from '../EmptyState';
import type { DiffApi } from '../monaco/MonacoDiff';
import ChangeList from '../optimize/ChangeList';
import { ProfileSwitch } from '../optimize/ProfileSwitch';
import { SizeChart } from '../optimize/SizeChart';
import { usePreferences } from '../preferences';

const MonacoDiff = dynamic(() => import('../monaco/MonacoDiff'), { ssr: false, loading: () => <DiffLoading /> });

function DiffLoading() {
  const { t } = usePreferences();
  return <p className="p-4 text-sm text-muted">{t('optimizedLoading')}</p>;
}

interface Props {
  optimized: OptimizeResult | null;
  /** the text the optimizer ran on (the diff's left side) */
  original: string;
  /** a newer optimizer run is on its way */
  pending: boolean;
  error?: string;
  /** the analysis's estimate of the user's image (for the chart's compressed figure) */
  image: ImageEstimate | null;
  options: PermalinkOptions;
  onOptions(options: PermalinkOptions): void;
  onReplaceText(text: string): void;
}

const lineCount = (text: string) => text.split('\n').length;
const diffRows = (a: string, b: string) => {
  const [x, y] = [lineCount(a), lineCount(b)];
  return Math.max(8, Math.max(x, y) + Math.ceil(Math.min(x, y) / 2));
};

type Status = 'copied' | 'copyFailed' | 'downloaded' | 'opened' | null;

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'Dockerfile';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const buttonBase = 'inline-flex h-9 items-center gap-1.5 rounded-md border px-3 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60';
const buttonClass = `${buttonBase} border-border bg-surface text-fg hover:border-accent`;
const primaryClass = `${buttonBase} border-accent bg-accent text-accent-fg hover:opacity-90`;

/** Small stroke icons (text glyphs like ⧉ are missing from many system fonts). */
function Icon({ d }: { d: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden className="shrink-0">
      <path d={d} />
    </svg>
  );
}
const ICON_COPY = 'M5.5 5.5h8v8h-8z M10.5 5.5v-3h-8v8h3';
const ICON_DOWNLOAD = 'M8 2v8 M4.5 6.5 8 10l3.5-3.5 M2.5 13.5h11';
const ICON_OPEN = 'M9.5 2.5h4v4 M13.5 2.5 7 9 M11.5 9.5v4h-9v-9h4';

function OptimizedView({ optimized, original, pending, error, image, options, onOptions, onReplaceText }: Props) {
  const { t, resolvedTheme } = usePreferences();
  const diffApi = useRef<DiffApi | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const profile: Profile = options.profile ?? 'recommended';
  const disabled = options.disabledChanges ?? [];

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), status === 'opened' ? 8000 : 3000);
    return () => clearTimeout(timer);
  }, [status]);

  const onToggle = useCallback(
    (id: string, include: boolean) => onOptions({ ...options, disabledChanges: toggledDisabled(options.disabledChanges, id, include) }),
    [options, onOptions],
  );
  const onProfile = useCallback((p: Profile) => onOptions({ ...options, profile: p === 'recommended' ? undefined : p }), [options, onOptions]);
  const onShow = useCallback((c: OptimizedChange) => {
    const first = c.lines[0] ?? c.line;
    document.querySelector('[data-testid="optimized-diff"]')?.scrollIntoView({ block: 'nearest' });
    diffApi.current?.revealModified(first, c.lines[c.lines.length - 1] ?? first);
  }, []);
  const onDiffReady = useCallback((api: DiffApi) => {
    diffApi.current = api;
  }, []);

  if (!optimized) {
    if (pending) return <EmptyState title={t('optimizedPendingTitle')} body={t('optimizedPendingBody')} />;
    return (
      <div className="flex flex-col gap-4">
        {error && (
          <p className="rounded-md border border-sev-error p-3 text-sm" role="alert" data-testid="optimized-error">
            ⚠ {error === 'timeout' ? t('optimizedTimeout') : t('optimizedFailed', { error })}
          </p>
        )}
        <EmptyState title={t('emptyOptimizedTitle')} body={t('emptyOptimizedBody')} />
      </div>
    );
  }

  const text = optimized.dockerfile;
  const changed = text !== original;
  const statusText =
    status === 'copied' ? t('optimizedCopied') : status === 'copyFailed' ? t('optimizedCopyFailed') : status === 'downloaded' ? t('optimizedDownloaded') : status === 'opened' ? t('optimizedOpened') : '';

  return (
    <div className="flex flex-col gap-4 @container" data-testid="optimized-view" aria-busy={pending}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <ProfileSwitch value={profile} onChange={onProfile} />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              navigator.clipboard?.writeText(text).then(
                () => setStatus('copied'),
                () => setStatus('copyFailed'),
              ) ?? setStatus('copyFailed');
            }}
            data-testid="optimized-copy"
          >
            <Icon d={ICON_COPY} /> {t('optimizedCopy')}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              download(text);
              setStatus('downloaded');
            }}
            data-testid="optimized-download"
          >
            <Icon d={ICON_DOWNLOAD} /> {t('optimizedDownload')}
          </button>
          <button
            type="button"
            className={primaryClass}
            disabled={!changed}
            onClick={() => {
              onReplaceText(text);
              setStatus('opened');
            }}
            data-testid="optimized-open"
          >
            <Icon d={ICON_OPEN} /> {t('optimizedOpen')}
          </button>
        </div>
      </div>
      <p className={`-mt-2 min-h-5 text-sm ${status === 'copyFailed' ? 'text-sev-error' : 'text-muted'}`} role="status" aria-live="polite" data-testid="optimized-status">
        {statusText || (pending ? t('optimizedUpdating') : '')}
      </p>
      {error && (
        <p className="rounded-md border border-sev-error p-3 text-sm" role="alert" data-testid="optimized-error">
          ⚠ {error === 'timeout' ? t('optimizedTimeout') : t('optimizedFailed', { error })}
        </p>
      )}
      <SizeChart before={image} beforeBytes={optimized.originalBytes} after={optimized.image} />
      {optimized.changes.length === 0 ? (
        <EmptyState title={t('optimizedNothingTitle')} body={t('optimizedNothingBody')} />
      ) : (
        <div className="grid grid-cols-1 gap-4 @5xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="flex min-w-0 flex-col gap-1">
            <div className="grid grid-cols-2 text-xs font-semibold uppercase tracking-wide text-muted" aria-hidden>
              <span>{t('optimizedOriginal')}</span>
              <span className="pl-2">{t('optimizedProposed')}</span>
            </div>
            <div
              className="min-h-[12rem] overflow-hidden rounded-lg border border-border"
              // about as tall as its content (19 px a line at 14 px; the inline view on a phone stacks
              // removed and added lines, hence the extra half), at most 60% of the window
              style={{ height: `min(60vh, ${diffRows(original, text) * 19 + 28}px)` }}
              data-testid="optimized-diff"
            >
              <MonacoDiff original={original} modified={text} theme={resolvedTheme} ariaLabel={t('optimizedDiffLabel')}
                originalAriaLabel={t('optimizedOriginal')}
                modifiedAriaLabel={t('optimizedProposed')}
                onReady={onDiffReady}
              />
            </div>
          </div>
          <section aria-labelledby="optimized-changes-title" className="min-w-0">
            <h3 id="optimized-changes-title" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
              {t('optimizedChanges')}
            </h3>
            <ChangeList changes={optimized.changes} disabled={disabled} onToggle={onToggle} onShow={onShow} />
          </section>
        </div>
      )}
    </div>
  );
}

export default memo(OptimizedView);
