'use client';
/** Right pane: options, tabs (Model / Issues / Layers / Optimized) and the active view. */
import { memo, useRef, type KeyboardEvent } from 'react';
import type { PermalinkOptions, PermalinkTab } from '@/lib/permalink';
import type { Fix } from '@/lib/types';
import type { ViewResult } from './analysis/protocol';
import type { MessageKey } from './i18n';
import { ContextSizeField } from './layers/ContextSizeField';
import type { Optimized } from './Playground';
import { usePreferences } from './preferences';
import IssuesView from './views/IssuesView';
import LayersView from './views/LayersView';
import ModelView from './views/ModelView';
import OptimizedView from './views/OptimizedView';

const TAB_LABEL: Record<PermalinkTab, MessageKey> = {
  model: 'tabModel',
  issues: 'tabIssues',
  layers: 'tabLayers',
  optimized: 'tabOptimized',
};
/** Order on screen: what the user wants first, the model (for the curious) last. */
const TAB_ORDER: PermalinkTab[] = ['issues', 'layers', 'optimized', 'model'];

interface Props {
  result: ViewResult | null;
  running: boolean;
  elapsedMs: number | null;
  tab: PermalinkTab;
  onTab(tab: PermalinkTab): void;
  options: PermalinkOptions;
  onOptions(options: PermalinkOptions): void;
  /** the text the result was computed from */
  analysedText: string;
  /** the optimizer's answer (arrives after the analysis, with the text it ran on) */
  optimized: Optimized | null;
  /** the editor's cursor line (the Layers view highlights its instruction) */
  cursorLine: number | null;
  /** replace the editor's text (undoable) */
  onReplaceText(text: string): void;
  onReveal(line: number, column?: number, endLine?: number, endColumn?: number): void;
  /** apply a finding's fix in the editor; false when the text changed since the analysis */
  onFix?(fix: Fix): boolean;
}

function ResultsPane({ result, running, elapsedMs, tab, onTab, options, onOptions, optimized, cursorLine, onReplaceText, onReveal, onFix }: Props) {
  const { t } = usePreferences();
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onTabKey = (e: KeyboardEvent) => {
    const i = TAB_ORDER.indexOf(tab);
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TAB_ORDER.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = TAB_ORDER[(moves[e.key] + TAB_ORDER.length) % TAB_ORDER.length];
    onTab(next);
    tabRefs.current[next]?.focus();
  };

  const count = (id: PermalinkTab): number | null => {
    if (!result) return null;
    if (id === 'issues') return result.diagnostics.length + result.omittedDiagnostics;
    if (id === 'layers') return result.layers.length || null;
    if (id === 'model') return result.model.stages.length;
    if (id === 'optimized') return optimized?.result ? optimized.result.changes.filter((c) => c.enabled).length || null : null;
    return null;
  };

  const stages = result?.model.stages ?? [];

  return (
    <section aria-label={t('results')} className="flex min-h-0 flex-1 flex-col bg-bg">
      <div className="flex flex-wrap items-end justify-between gap-x-4 border-b border-border bg-surface px-3">
        <div role="tablist" aria-label={t('results')} className="flex max-w-full overflow-x-auto sm:overflow-visible" onKeyDown={onTabKey}>
          {TAB_ORDER.map((id) => {
            const n = count(id);
            const active = id === tab;
            return (
              <button
                key={id}
                ref={(el) => {
                  tabRefs.current[id] = el;
                }}
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-selected={active}
                aria-controls="results-panel"
                tabIndex={active ? 0 : -1}
                onClick={() => onTab(id)}
                className={`-mb-px flex shrink-0 items-center gap-1.5 border-b-2 px-2.5 py-2.5 text-base sm:px-3 ${active ? 'border-accent font-semibold text-fg' : 'border-transparent text-muted hover:text-fg'}`}
                data-testid={`tab-${id}`}
              >
                {t(TAB_LABEL[id])}
                {n !== null && <span className="rounded-full bg-surface-2 px-2 text-xs font-semibold text-fg">{n}</span>}
              </button>
            );
          })}
        </div>
        <p className="pb-2.5 text-xs text-muted" aria-live="polite" data-testid="analysis-status">
          {running ? t('analysing') : elapsedMs !== null ? t('analysedIn', { ms: Math.max(1, Math.round(elapsedMs)) }) : ''}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-border px-4 py-2 text-sm">
        <label className="flex items-center gap-2">
          <span className="text-muted">{t('optionTarget')}</span>
          <select
            value={options.target ?? ''}
            onChange={(e) => onOptions({ ...options, target: e.target.value || undefined })}
            className="h-8 max-w-48 rounded border border-border bg-surface px-2"
            data-testid="option-target"
          >
            <option value="">{t('optionTargetLast')}</option>
            {stages.map((s) => (
              <option key={s.index} value={s.alias ?? String(s.index)}>
                {s.alias ? `${s.alias} (${s.index})` : String(s.index)}
              </option>
            ))}
            {options.target && !stages.some((s) => (s.alias ?? String(s.index)) === options.target) && <option value={options.target}>{options.target}</option>}
          </select>
        </label>
        <ContextSizeField value={options.contextBytes} onChange={(bytes) => onOptions({ ...options, contextBytes: bytes })} />
      </div>
      <div id="results-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0} className="min-h-0 flex-1 overflow-auto p-4 sm:p-5" data-testid="results-panel">
        {!result ? (
          <p className="text-muted">{t('analysing')}</p>
        ) : tab === 'issues' ? (
          <IssuesView diagnostics={result.diagnostics} omitted={result.omittedDiagnostics} onReveal={onReveal} onFix={onFix} />
        ) : tab === 'layers' ? (
          <LayersView
            layers={result.layers}
            image={result.image}
            size={result.size}
            model={result.model}
            optimizedImage={optimized?.result?.image ?? null}
            cursorLine={cursorLine}
            onReveal={onReveal}
          />
        ) : tab === 'optimized' ? (
          <OptimizedView
            optimized={optimized?.result ?? null}
            original={optimized?.text ?? ''}
            pending={optimized?.pending ?? true}
            error={optimized?.error}
            image={result.image}
            options={options}
            onOptions={onOptions}
            onReplaceText={onReplaceText}
          />
        ) : (
          <ModelView model={result.model} onReveal={onReveal} />
        )}
      </div>
    </section>
  );
}

export default memo(ResultsPane);
