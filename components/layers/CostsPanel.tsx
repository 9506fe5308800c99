'use client';
/**
 * What image size costs, in the source article's terms: time to pull at a bandwidth the user
 * sets, registry storage for the tags kept, transfer for the deploys run. The original image
 * beside the optimized one when the optimizer has answered. Used by the Layers view and lessons.
 */
import { memo, useId } from 'react';
import { costs } from '@/lib/size/costs';
import { formatBytes } from '../format';
import { NumberField } from '../NumberField';
import type { Translate } from '../i18n';
import { usePreferences } from '../preferences';
import { useCostSettings, type CostSettings } from './costSettings';

interface Props {
  /** compressed (pull) bytes of the user's image */
  compressedBytes: number;
  /** compressed bytes of the optimized image, when known */
  optimizedCompressedBytes?: number | null;
}

export function formatDuration(seconds: number, t: Translate, lang: string): string {
  if (!Number.isFinite(seconds)) return '∞';
  const nf = (n: number, digits = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
  if (seconds < 60) return t('durationSeconds', { s: nf(seconds, seconds < 10 ? 1 : 0) });
  if (seconds < 3600) return t('durationMinutes', { m: nf(Math.floor(seconds / 60)), s: nf(Math.round(seconds % 60)) });
  return t('durationHours', { h: nf(Math.floor(seconds / 3600)), m: nf(Math.round((seconds % 3600) / 60)) });
}

function CostsPanel({ compressedBytes, optimizedCompressedBytes }: Props) {
  const { t, lang } = usePreferences();
  const [settings, update] = useCostSettings();
  const titleId = useId();
  const opts = (s: CostSettings) => ({ mbitPerSecond: s.mbitPerSecond, tags: s.tags, deploysPerDay: s.deploysPerDay });
  const mine = costs(compressedBytes, opts(settings));
  const theirs = optimizedCompressedBytes != null ? costs(optimizedCompressedBytes, opts(settings)) : null;
  const fmt = (n: number) => formatBytes(n, lang);
  const rows: { key: string; label: string; mine: string; theirs: string | null }[] = [
    { key: 'pull', label: t('costsPull'), mine: formatDuration(mine.pullSeconds, t, lang), theirs: theirs && formatDuration(theirs.pullSeconds, t, lang) },
    { key: 'storage', label: t('costsStorage'), mine: fmt(mine.storageBytes), theirs: theirs && fmt(theirs.storageBytes) },
    { key: 'transfer', label: t('costsTransfer'), mine: fmt(mine.monthlyTransferBytes), theirs: theirs && fmt(theirs.monthlyTransferBytes) },
  ];
  return (
    <section className="rounded-lg border border-border bg-surface p-3" aria-labelledby={titleId} data-testid="costs-panel">
      <h3 id={titleId} className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
        {t('costsTitle')}
      </h3>
      <div className="mb-2 grid grid-cols-3 items-end gap-2">
        <NumberField label={t('costsBandwidth')} value={settings.mbitPerSecond} min={0.1} step={10} onCommit={(v) => update({ mbitPerSecond: v })} testId="costs-bandwidth" />
        <NumberField label={t('costsTags')} value={settings.tags} min={1} step={1} onCommit={(v) => update({ tags: Math.round(v) })} testId="costs-tags" />
        <NumberField label={t('costsDeploys')} value={settings.deploysPerDay} min={0} step={1} onCommit={(v) => update({ deploysPerDay: v })} testId="costs-deploys" />
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-xs text-muted">
            <th scope="col" className="pb-1 font-normal">
              <span className="sr-only">{t('costsTitle')}</span>
            </th>
            <th scope="col" className="pb-1 text-right font-normal">
              {t('costsYours')}
            </th>
            {theirs && (
              <th scope="col" className="pb-1 text-right font-normal">
                {t('costsOptimized')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-border" data-testid={`costs-${r.key}`}>
              <th scope="row" className="py-1 text-left font-normal text-muted">
                {r.label}
              </th>
              <td className="py-1 text-right font-semibold tabular-nums">{r.mine}</td>
              {theirs && <td className="py-1 text-right font-semibold tabular-nums">{r.theirs}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs leading-relaxed text-muted">{t('costsNote')}</p>
    </section>
  );
}

export default memo(CostsPanel);
