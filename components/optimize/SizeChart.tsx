/** Before / after totals as two labelled bars (the figures are written out too). */
import type { ImageEstimate } from '@/lib/types';
import { formatBytes } from '../format';
import { usePreferences } from '../preferences';

interface Props {
  before: ImageEstimate | null;
  beforeBytes: number | null;
  after: ImageEstimate | null;
}

export function SizeChart({ before, beforeBytes, after }: Props) {
  const { t, lang } = usePreferences();
  const fmt = (n: number) => formatBytes(n, lang);
  const b = beforeBytes ?? before?.bytes ?? null;
  const a = after?.bytes ?? null;
  if (b === null || a === null) return null;
  const max = Math.max(b, a, 1);
  const saved = b - a;
  const pct = b > 0 ? Math.round((saved / b) * 100) : 0;
  const rows = [
    { key: 'before', label: t('optimizedBefore'), bytes: b, compressed: before?.compressedBytes ?? null, cls: 'bar-build' },
    { key: 'after', label: t('optimizedAfter'), bytes: a, compressed: after?.compressedBytes ?? null, cls: 'bar-shipped' },
  ];
  return (
    <figure className="rounded-lg border border-border bg-surface p-4" data-testid="optimized-totals">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="text-sm font-semibold uppercase tracking-wide text-muted">{t('optimizedChartTitle')}</span>
        <span className="text-lg font-bold" data-testid="optimized-saving">
          {saved > 0
            ? `▼ ${t('optimizedSmaller', { size: fmt(saved), pct })}`
            : saved < 0
              ? `▲ ${t('optimizedBigger', { size: fmt(-saved) })}`
              : t('optimizedSameSize')}
        </span>
      </figcaption>
      <dl className="grid grid-cols-[4.5rem_minmax(0,1fr)] items-center gap-x-3 gap-y-2">
        {rows.map((r) => (
          <div key={r.key} className="contents" data-testid={`optimized-${r.key}`}>
            <dt className="text-sm text-muted">{r.label}</dt>
            <dd className="flex min-w-0 flex-col gap-0.5">
              <span className="relative block h-4 rounded-sm bg-surface-2" aria-hidden>
                <span className={`absolute inset-y-0 left-0 rounded-sm ${r.cls}`} style={{ width: `${Math.max(0.8, (r.bytes / max) * 100)}%` }} />
              </span>
              <span className="text-sm tabular-nums">
                <span className="font-semibold" data-testid={`optimized-${r.key}-bytes`}>
                  {fmt(r.bytes)}
                </span>
                {r.compressed !== null && <span className="text-muted"> · {t('optimizedPull', { size: fmt(r.compressed) })}</span>}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
