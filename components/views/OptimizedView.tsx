'use client';
/** The optimizer's proposal: what changed and why, and a side-by-side diff (Monaco, lazy). */
import dynamic from 'next/dynamic';
import { memo } from 'react';
import type { ImageEstimate, OptimizedResult } from '@/lib/types';
import { EmptyState } from '../EmptyState';
import { formatBytes } from '../format';
import { usePreferences } from '../preferences';

const MonacoDiff = dynamic(() => import('../monaco/MonacoDiff'), { ssr: false, loading: () => <DiffLoading /> });

function DiffLoading() {
  const { t } = usePreferences();
  return <p className="p-4 text-sm text-muted">{t('optimizedLoading')}</p>;
}

interface Props {
  optimized: OptimizedResult | null;
  image: ImageEstimate | null;
  original: string;
  onReveal(line: number): void;
}

function OptimizedView({ optimized, image, original, onReveal }: Props) {
  const { t, lang, resolvedTheme } = usePreferences();
  if (!optimized) {
    return <EmptyState title={t('emptyOptimizedTitle')} body={t('emptyOptimizedBody')} />;
  }
  const saved = image && optimized.image ? image.bytes - optimized.image.bytes : optimized.changes.reduce((sum, c) => sum + c.savedBytes, 0);
  return (
    <div className="flex flex-col gap-4" data-testid="optimized-view">
      {saved > 0 && (
        <p className="text-xl font-bold">
          {t('optimizedSaved', { size: formatBytes(saved, lang) })}
          {image && optimized.image && (
            <span className="ml-2 text-base font-normal text-muted">
              {formatBytes(image.bytes, lang)} → {formatBytes(optimized.image.bytes, lang)}
            </span>
          )}
        </p>
      )}
      {optimized.changes.length > 0 && (
        <section>
          <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('optimizedChanges')}</h3>
          <ul className="flex flex-col gap-2">
            {optimized.changes.map((c) => (
              <li key={c.id + c.line} className="rounded-lg border border-border bg-surface p-3">
                <div className="flex flex-wrap items-baseline gap-2">
                  <button type="button" onClick={() => onReveal(c.line)} className="font-mono text-sm text-accent hover:underline">
                    L{c.line}
                  </button>
                  <span className="font-semibold">{c.title}</span>
                  <span className="rounded bg-surface-2 px-1.5 text-xs">{t(`optimizedRisk_${c.risk}`)}</span>
                  {c.savedBytes > 0 && <span className="ml-auto text-sm font-semibold">−{formatBytes(c.savedBytes, lang)}</span>}
                </div>
                <p className="mt-1 text-sm text-muted">{c.why}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex justify-between text-xs font-semibold uppercase tracking-wide text-muted" aria-hidden>
        <span>{t('optimizedOriginal')}</span>
        <span>{t('optimizedProposed')}</span>
      </div>
      <div className="h-[60vh] min-h-[20rem] overflow-hidden rounded-lg border border-border">
        <MonacoDiff original={original} modified={optimized.dockerfile} theme={resolvedTheme} />
      </div>
    </div>
  );
}

export default memo(OptimizedView);
