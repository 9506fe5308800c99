'use client';
/**
 * One horizontal bar per layer, grouped by stage. Shipped layers are solid, build-only layers
 * hatched, wasted bytes striped, and each row also says it in words (never colour alone).
 */
import { memo, useMemo } from 'react';
import type { ImageEstimate, LayerEstimate } from '@/lib/types';
import { EmptyState } from '../EmptyState';
import { formatBytes } from '../format';
import { usePreferences } from '../preferences';

interface Props {
  layers: LayerEstimate[];
  image: ImageEstimate | null;
  onReveal(line: number): void;
}

function LayersView({ layers, image, onReveal }: Props) {
  const { t, lang } = usePreferences();
  const fmt = (n: number) => formatBytes(n, lang);
  const { groups, max } = useMemo(() => {
    const byStage = new Map<number, LayerEstimate[]>();
    let biggest = 1;
    for (const layer of layers) {
      const list = byStage.get(layer.stageIndex) ?? [];
      list.push(layer);
      byStage.set(layer.stageIndex, list);
      biggest = Math.max(biggest, layer.bytes);
    }
    return { groups: [...byStage.entries()].sort((a, b) => a[0] - b[0]), max: biggest };
  }, [layers]);

  if (layers.length === 0) {
    return <EmptyState title={t('emptyLayersTitle')} body={t('emptyLayersBody')} />;
  }

  return (
    <div className="flex flex-col gap-5" data-testid="layers-view">
      {image && (
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted">{t('layersTotal')}</dt>
            <dd className="text-2xl font-bold">{fmt(image.bytes)}</dd>
            <dd className="text-sm text-muted">{t('layersRange', { low: fmt(image.low), high: fmt(image.high) })}</dd>
          </div>
          <div className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted">{t('layersCompressed')}</dt>
            <dd className="text-2xl font-bold">{fmt(image.compressedBytes)}</dd>
          </div>
        </dl>
      )}
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label="legend">
        <li className="flex items-center gap-2">
          <span className="bar-shipped inline-block h-3 w-6 rounded-sm" aria-hidden /> {t('layersLegendShipped')}
        </li>
        <li className="flex items-center gap-2">
          <span className="bar-build inline-block h-3 w-6 rounded-sm" aria-hidden /> {t('layersLegendBuild')}
        </li>
        <li className="flex items-center gap-2">
          <span className="bar-wasted inline-block h-3 w-6 rounded-sm" aria-hidden /> {t('layersLegendWasted')}
        </li>
      </ul>
      {groups.map(([stageIndex, list]) => (
        <section key={stageIndex} aria-labelledby={`layers-stage-${stageIndex}`}>
          <h3 id={`layers-stage-${stageIndex}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
            {t('modelStage', { n: stageIndex })}
            {list[0].stage !== String(stageIndex) ? ` · ${list[0].stage}` : ''}
          </h3>
          <ul className="flex flex-col gap-1.5">
            {list.map((layer, i) => {
              const width = Math.max(0.5, (layer.bytes / max) * 100);
              const wasted = Math.min(width, (layer.wastedBytes / max) * 100);
              return (
                <li key={i}>
                  <button
                    type="button"
                    onClick={() => onReveal(layer.line)}
                    title={layer.why}
                    className="grid w-full grid-cols-[3rem_5.5rem_1fr] items-center gap-2 rounded px-1 py-1 text-left hover:bg-surface-2 sm:grid-cols-[3rem_5.5rem_1fr_11rem]"
                  >
                    <span className="font-mono text-sm text-muted">L{layer.line}</span>
                    <span className="truncate font-mono text-sm font-semibold">{layer.instruction}</span>
                    <span className="relative h-5 rounded-sm bg-surface-2" aria-hidden>
                      <span className={`absolute inset-y-0 left-0 rounded-sm ${layer.shipped ? 'bar-shipped' : 'bar-build'}`} style={{ width: `${width}%` }} />
                      {wasted > 0 && <span className="bar-wasted absolute inset-y-0 rounded-sm" style={{ left: `${width - wasted}%`, width: `${wasted}%` }} />}
                    </span>
                    <span className="col-span-3 text-sm sm:col-span-1 sm:text-right">
                      <span className="font-semibold">{fmt(layer.bytes)}</span>{' '}
                      <span className="text-muted">· {layer.shipped ? t('layersShipped') : t('layersNotShipped')}</span>
                      {layer.wastedBytes > 0 && <span className="block text-sev-error">{t('layersWasted', { size: fmt(layer.wastedBytes) })}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

export default memo(LayersView);
