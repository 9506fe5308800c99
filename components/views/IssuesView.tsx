'use client';
/** Findings grouped by category, each with icon + severity word + message; a click selects its line. */
import { memo, useMemo } from 'react';
import type { Category, Severity } from '@/lib/types';
import type { ViewDiagnostic } from '../analysis/protocol';
import { EmptyState } from '../EmptyState';
import { usePreferences } from '../preferences';
import { SeverityIcon, severityColor } from '../SeverityIcon';

const CATEGORY_ORDER: Category[] = ['security', 'size', 'cache', 'correctness', 'style'];
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'style'];
/** Rendering thousands of rows would slow the pane; the editor markers still show every one. */
const MAX_ROWS = 500;

interface Props {
  diagnostics: ViewDiagnostic[];
  /** findings the worker did not send (beyond its cap) */
  omitted: number;
  onReveal(line: number, column: number, endLine: number, endColumn: number): void;
}

function IssuesView({ diagnostics, omitted, onReveal }: Props) {
  const { t } = usePreferences();
  const groups = useMemo(() => {
    const byCategory = new Map<Category, ViewDiagnostic[]>();
    for (const d of diagnostics.slice(0, MAX_ROWS)) {
      const list = byCategory.get(d.category) ?? [];
      list.push(d);
      byCategory.set(d.category, list);
    }
    for (const list of byCategory.values()) {
      list.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.line - b.line);
    }
    return CATEGORY_ORDER.filter((c) => byCategory.has(c)).map((c) => ({ category: c, items: byCategory.get(c)! }));
  }, [diagnostics]);

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
    for (const d of diagnostics) c[d.severity]++;
    return c;
  }, [diagnostics]);

  if (diagnostics.length === 0) {
    return <EmptyState title={t('emptyIssuesTitle')} body={t('emptyIssuesBody')} />;
  }

  return (
    <div className="flex flex-col gap-5" data-testid="issues-view">
      <ul className="flex flex-wrap gap-2" aria-label={t('issuesSummary', { n: diagnostics.length })}>
        {SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <li key={s} className="inline-flex items-center gap-1.5 rounded-full border border-border bg-surface px-3 py-1 text-sm">
            <SeverityIcon severity={s} />
            <span className="font-semibold">{counts[s]}</span>
            <span>{t(`severity_${s}`)}</span>
          </li>
        ))}
      </ul>
      {diagnostics.length + omitted > MAX_ROWS && (
        <p className="text-sm text-muted" data-testid="issues-capped">
          {t('issuesCapped', { shown: MAX_ROWS, total: diagnostics.length + omitted })}
        </p>
      )}
      {groups.map(({ category, items }) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h3 id={`cat-${category}`} className="mb-2 flex items-baseline gap-2 text-sm font-semibold uppercase tracking-wide text-muted">
            {t(`category_${category}`)}
            <span className="rounded bg-surface-2 px-1.5 text-xs text-fg">{items.length}</span>
          </h3>
          <ul className="flex flex-col gap-2">
            {items.map((d, i) => (
              <li key={`${d.rule}-${d.line}-${d.column}-${i}`}>
                <button
                  type="button"
                  onClick={() => onReveal(d.line, d.column, d.endLine, d.endColumn)}
                  aria-label={`${t(`severity_${d.severity}`)}: ${d.message}. ${t('issuesGoTo', { line: d.line })}`}
                  className="flex w-full items-start gap-3 rounded-lg border border-border bg-surface p-3 text-left hover:border-accent"
                  data-testid="issue"
                >
                  <SeverityIcon severity={d.severity} className="mt-0.5" />
                  <span className="min-w-0 flex-1">
                    <span className="block text-base leading-snug">
                      <span className={`mr-2 text-sm font-semibold ${severityColor(d.severity)}`}>{t(`severity_${d.severity}`)}</span>
                      {d.message}
                    </span>
                    <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
                      <span className="font-mono">{d.rule}</span>
                      {d.aliases.length > 0 && <span className="font-mono">{d.aliases.join(' · ')}</span>}
                      <span>{t('issuesLine', { line: d.line })}</span>
                      {d.fixable && <span>✓ {t('issuesFixable')}</span>}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export default memo(IssuesView);
