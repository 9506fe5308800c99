'use client';
/**
 * Like dive, before the build: one horizontal bar per layer, grouped by stage. Shipped layers are
 * solid, build-only layers hatched, wasted bytes striped, and every row says it in words too
 * (never colour alone). Hover or focus a row for what dominates it; click it to select the
 * instruction in the editor; the editor's cursor highlights the row of the instruction under it.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Confidence, ImageEstimate, LayerEstimate, SizeSummary } from '@/lib/types';
import type { ViewModel } from '../analysis/protocol';
import { EmptyState } from '../EmptyState';
import { formatBytes } from '../format';
import CostsPanel from '../layers/CostsPanel';
import { usePreferences } from '../preferences';

interface Props {
  layers: LayerEstimate[];
  image: ImageEstimate | null;
  size: SizeSummary | null;
  model: ViewModel;
  /** the optimized image, for the costs panel (null until the optimizer answers) */
  optimizedImage: ImageEstimate | null;
  /** the editor's cursor line */
  cursorLine: number | null;
  onReveal(line: number, column?: number, endLine?: number, endColumn?: number): void;
}

const CONFIDENCE_MARK: Record<Confidence, string> = { known: '●', estimated: '◐', guessed: '○' };

function LayersView({ layers, image, size, model, optimizedImage, cursorLine, onReveal }: Props) {
  const { t, lang } = usePreferences();
  const fmt = (n: number) => formatBytes(n, lang);

  /** start line -> end line of every instruction the worker sent */
  const spans = useMemo(() => {
    const list: [number, number][] = [];
    for (const stage of model.stages) for (const ins of stage.instructions) list.push([ins.line, ins.endLine]);
    return list.sort((a, b) => a[0] - b[0]);
  }, [model]);

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

  // The layer of the instruction under the cursor: the last instruction starting at or before it.
  const activeLine = useMemo(() => {
    if (cursorLine === null) return null;
    let start: number | null = null;
    for (const [line, endLine] of spans) {
      if (line > cursorLine) break;
      if (cursorLine <= endLine) start = line;
    }
    return start !== null && layers.some((l) => l.line === start) ? start : null;
  }, [cursorLine, spans, layers]);

  const activeRef = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [activeLine]);

  if (layers.length === 0) {
    return <EmptyState title={t('emptyLayersTitle')} body={t('emptyLayersBody')} />;
  }

  const endLineOf = (line: number) => spans.find(([l]) => l === line)?.[1] ?? line;
  const efficiencyPct = size ? Math.floor(size.efficiency * 1000) / 10 : null;

  return (
    <div className="flex flex-col gap-5 @container" data-testid="layers-view">
      {image && (
        <div className="grid grid-cols-1 gap-3 @3xl:grid-cols-2">
          <dl className="grid grid-cols-2 content-start gap-3 @xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)] @3xl:grid-cols-2">
            <div className="col-span-2 rounded-lg border border-border bg-surface p-3 @xl:col-span-1 @3xl:col-span-2">
              <dt className="text-sm text-muted">{t('layersTotal')}</dt>
              <dd className="text-2xl font-bold tabular-nums" data-testid="layers-total">
                {fmt(image.bytes)}
              </dd>
              <dd className="text-sm text-muted" data-testid="layers-range">
                {t('layersRange', { low: fmt(image.low), high: fmt(image.high) })}
              </dd>
            </div>
            <div className="rounded-lg border border-border bg-surface p-3">
              <dt className="text-sm text-muted">{t('layersCompressed')}</dt>
              <dd className="text-xl font-bold tabular-nums" data-testid="layers-compressed">
                {fmt(image.compressedBytes)}
              </dd>
            </div>
            <div className="rounded-lg border border-border bg-surface p-3">
              <dt className="text-sm text-muted">{t('layersWastedTotal')}</dt>
              <dd className={`text-xl font-bold tabular-nums ${size && size.wastedBytes > 0 ? 'text-sev-error' : ''}`} data-testid="layers-wasted">
                {fmt(size?.wastedBytes ?? 0)}
              </dd>
              {efficiencyPct !== null && (
                <dd className="text-sm text-muted" title={t('layersEfficiencyHelp')} data-testid="layers-efficiency">
                  {t('layersEfficiency', { pct: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(efficiencyPct) })}
                </dd>
              )}
            </div>
          </dl>
          <CostsPanel compressedBytes={image.compressedBytes} optimizedCompressedBytes={optimizedImage?.compressedBytes ?? null} />
        </div>
      )}
      <div className="flex flex-col gap-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label={t('results')}>
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
        <p className="text-sm text-muted">{t('layersHint')}</p>
        {layers.some((l) => l.why.includes('(unseen requirements)')) && (
          <p className="text-sm text-muted" data-testid="layers-requirements-hint">
            {t('layersRequirementsHint')}
          </p>
        )}
      </div>
      {groups.map(([stageIndex, list]) => {
        const stage = model.stages.find((s) => s.index === stageIndex);
        const stageSize = size?.stages.find((s) => s.index === stageIndex);
        const shipped = stageSize?.shipped ?? list.some((l) => l.shipped);
        return (
          <section key={stageIndex} aria-labelledby={`layers-stage-${stageIndex}`} data-testid="layers-stage">
            <h3 id={`layers-stage-${stageIndex}`} className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
              <span className="font-semibold uppercase tracking-wide text-muted">
                {t('modelStage', { n: stageIndex })}
                {stage?.alias ? ` · ${stage.alias}` : ''}
              </span>
              {stage && <span className="font-mono text-xs text-muted">{t('layersStageFrom', { image: stage.image.raw })}</span>}
              <span className={`rounded px-1.5 text-xs font-semibold ${shipped ? 'bg-surface-2 text-fg' : 'border border-dashed border-border text-muted'}`}>
                {shipped ? `✓ ${t('layersStageShips')}` : `⤫ ${t('layersStageBuildOnly')}`}
              </span>
              {stageSize && <span className="text-xs text-muted tabular-nums">{t('layersStageTotal', { size: fmt(stageSize.bytes) })}</span>}
            </h3>
            <ul className="flex flex-col gap-1">
              {list.map((layer) => {
                const width = layer.bytes > 0 ? Math.max(0.6, (layer.bytes / max) * 100) : 0;
                const wasted = Math.min(width, (layer.wastedBytes / max) * 100);
                const active = layer.line === activeLine;
                const tipId = `layer-tip-${layer.stageIndex}-${layer.line}`;
                const shippedWord = layer.shipped ? t('layersShipped') : t('layersNotShipped');
                return (
                  <li key={`${layer.line}-${layer.instruction}`} ref={active ? activeRef : undefined} className="group relative" data-testid="layer-row" data-line={layer.line} data-active={active || undefined}>
                    <button
                      type="button"
                      onClick={() => onReveal(layer.line, 1, endLineOf(layer.line))}
                      aria-label={t('layersRowLabel', { line: layer.line, instruction: layer.instruction, size: fmt(layer.bytes), shipped: shippedWord })}
                      aria-describedby={tipId}
                      aria-current={active ? 'location' : undefined}
                      className={`grid w-full grid-cols-[3rem_4.75rem_minmax(0,1fr)_5.5rem] items-center gap-x-2 gap-y-0.5 rounded-md border px-1.5 py-1.5 text-left @xl:grid-cols-[3rem_4.75rem_minmax(0,1fr)_10.5rem] ${
                        active ? 'border-accent bg-surface shadow-sm' : 'border-transparent hover:bg-surface-2'
                      }`}
                      data-testid="layer-bar"
                    >
                      <span className={`font-mono text-sm ${active ? 'font-semibold text-fg' : 'text-muted'}`}>
                        {active ? '▶' : ''}L{layer.line}
                      </span>
                      <span className="truncate font-mono text-sm font-semibold">{layer.instruction}</span>
                      <span className="relative h-5 rounded-sm bg-surface-2" aria-hidden>
                        {width > 0 && <span className={`absolute inset-y-0 left-0 rounded-sm ${layer.shipped ? 'bar-shipped' : 'bar-build'}`} style={{ width: `${width}%` }} />}
                        {wasted > 0 && <span className="bar-wasted absolute inset-y-0 rounded-sm" style={{ left: `${width - wasted}%`, width: `${wasted}%` }} />}
                      </span>
                      <span className="text-right text-sm tabular-nums">
                        <span className="font-semibold">{fmt(layer.bytes)}</span>
                        <span className="hidden text-muted @xl:inline"> · {shippedWord}</span>
                      </span>
                      {(active || layer.wastedBytes > 0) && (
                        <span className="col-span-4 flex flex-wrap gap-x-3 pl-[3.5rem] text-xs @xl:pl-[8.75rem]">
                          {layer.wastedBytes > 0 && <span className="font-semibold text-sev-error">▨ {t('layersWasted', { size: fmt(layer.wastedBytes) })}</span>}
                          {active && <span className="min-w-0 text-muted">{layer.why || t('layersEmptyWhy')}</span>}
                        </span>
                      )}
                    </button>
                    <div
                      id={tipId}
                      role="tooltip"
                      className="pointer-events-none invisible absolute left-2 right-2 top-full z-20 mt-0.5 rounded-md border border-border bg-surface p-3 text-sm shadow-lg group-focus-within:visible group-hover:visible @xl:left-[8.75rem]"
                    >
                      <span className="block text-fg">{layer.why || t('layersEmptyWhy')}</span>
                      <span className="mt-1 block text-xs text-muted">
                        {CONFIDENCE_MARK[layer.confidence]} {t(`layersConfidence_${layer.confidence}`)} · {t('layersRangeShort', { low: fmt(layer.low), high: fmt(layer.high) })} · {shippedWord}
                        {active ? ` · ${t('layersAtCursor')}` : ''}
                      </span>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export default memo(LayersView);
