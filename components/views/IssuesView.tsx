'use client';
/**
 * Findings grouped by category (with counts), a severity filter (icon + word + count per
 * severity), and per finding: severity icon and word, message, rule id and first alias (a link
 * to the rule's page), a Fix button when a safe fix exists. A click on the finding selects its
 * line in the editor. Rows are memoised and skipped by the browser's layout while off screen
 * (content-visibility), so hundreds of findings stay cheap to update.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Category, Fix, Severity } from '@/lib/types';
import type { ViewDiagnostic } from '../analysis/protocol';
import { EmptyState } from '../EmptyState';
import type { Translate } from '../i18n';
import { issueStrings, type IssueTranslate } from '../issues/strings';
import { usePreferences } from '../preferences';
import { SeverityIcon, severityColor } from '../SeverityIcon';
import { CodeText, plainText } from '../CodeText';

const CATEGORY_ORDER: Category[] = ['security', 'size', 'cache', 'correctness', 'style'];
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'style'];
/** Rendering thousands of rows would slow the pane; the editor markers still show every one. */
const MAX_ROWS = 500;
const ALL_SHOWN: Record<Severity, boolean> = { error: true, warning: true, info: true, style: true };

interface Props {
  diagnostics: ViewDiagnostic[];
  /** findings the worker did not send (beyond its cap) */
  omitted: number;
  onReveal(line: number, column: number, endLine: number, endColumn: number): void;
  /** applies a fix in the editor; false when the text changed since the analysis */
  onFix?(fix: Fix): boolean;
}

function IssuesView({ diagnostics, omitted, onReveal, onFix }: Props) {
  const { t, lang } = usePreferences();
  const ti = useMemo(() => issueStrings(lang), [lang]);
  const [shown, setShown] = useState<Record<Severity, boolean>>(ALL_SHOWN);
  const [staleFix, setStaleFix] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  /** after a Fix removes its row, focus goes to the row that took its place */
  const refocusAt = useRef<number | null>(null);

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
    for (const d of diagnostics) c[d.severity]++;
    return c;
  }, [diagnostics]);

  const { groups, visible } = useMemo(() => {
    const byCategory = new Map<Category, ViewDiagnostic[]>();
    let n = 0;
    for (const d of diagnostics) {
      if (!shown[d.severity]) continue;
      if (n >= MAX_ROWS) break;
      n++;
      const list = byCategory.get(d.category);
      if (list) list.push(d);
      else byCategory.set(d.category, [d]);
    }
    const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
    for (const list of byCategory.values()) list.sort((a, b) => rank(a.severity) - rank(b.severity) || a.line - b.line || a.column - b.column);
    return { groups: CATEGORY_ORDER.filter((c) => byCategory.has(c)).map((c) => ({ category: c, items: byCategory.get(c)! })), visible: n };
  }, [diagnostics, shown]);

  useEffect(() => {
    setStaleFix(false);
    const at = refocusAt.current;
    if (at === null) return;
    refocusAt.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && rootRef.current?.contains(active)) return;
    const rows = rootRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid="issue"]');
    if (rows && rows.length > 0) rows[Math.min(at, rows.length - 1)].focus();
    else document.getElementById('results-panel')?.focus();
  }, [diagnostics]);

  const fix = useCallback(
    (d: ViewDiagnostic, index: number) => {
      if (!d.fix || !onFix) return;
      if (onFix(d.fix)) refocusAt.current = index;
      else setStaleFix(true);
    },
    [onFix],
  );

  if (diagnostics.length === 0) {
    return <EmptyState title={t('emptyIssuesTitle')} body={t('emptyIssuesBody')} />;
  }

  const total = diagnostics.length + omitted;
  const hidden = diagnostics.length - SEVERITY_ORDER.reduce((a, s) => a + (shown[s] ? counts[s] : 0), 0);
  let rowIndex = 0;

  return (
    <div ref={rootRef} className="flex flex-col gap-5" data-testid="issues-view">
      <div role="group" aria-label={ti('filterLabel')} className="flex flex-wrap gap-2" data-testid="severity-filter">
        {SEVERITY_ORDER.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={shown[s]}
            onClick={() => setShown((prev) => ({ ...prev, [s]: !prev[s] }))}
            className={`inline-flex min-h-8 items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${shown[s] ? 'border-accent bg-surface font-medium' : 'border-border bg-surface-2 text-muted line-through decoration-1'}`}
            data-testid={`filter-${s}`}
          >
            <SeverityIcon severity={s} />
            <span className="font-semibold no-underline">{counts[s]}</span>
            <span>{t(`severity_${s}`)}</span>
          </button>
        ))}
      </div>
      {total > MAX_ROWS && visible >= MAX_ROWS && (
        <p className="text-sm text-muted" data-testid="issues-capped">
          {t('issuesCapped', { shown: MAX_ROWS, total })}
        </p>
      )}
      {hidden > 0 && (
        <p className="text-sm text-muted" data-testid="issues-filtered">
          {visible === 0 ? ti('allFiltered') : ti('hiddenByFilter', { n: hidden })}
        </p>
      )}
      <p className="sr-only" role="status">
        {staleFix ? ti('fixStale') : ''}
      </p>
      {groups.map(({ category, items }) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h3 id={`cat-${category}`} className="mb-2 flex items-baseline gap-2 text-sm font-semibold uppercase tracking-wide text-muted">
            {t(`category_${category}`)}
            <span className="rounded bg-surface-2 px-1.5 text-xs text-fg" data-testid={`category-count-${category}`}>
              {items.length}
            </span>
          </h3>
          <ul className="flex flex-col gap-2">
            {items.map((d) => {
              const index = rowIndex++;
              return <IssueRow key={`${d.rule}-${d.line}-${d.column}-${index}`} d={d} index={index} t={t} ti={ti} onReveal={onReveal} onFix={onFix ? fix : undefined} />;
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface RowProps {
  d: ViewDiagnostic;
  index: number;
  t: Translate;
  ti: IssueTranslate;
  onReveal: Props['onReveal'];
  onFix?(d: ViewDiagnostic, index: number): void;
}

const IssueRow = memo(function IssueRow({ d, index, t, ti, onReveal, onFix }: RowProps) {
  const severity = t(`severity_${d.severity}`);
  const alias = d.aliases[0];
  return (
    <li className="rounded-lg border border-border bg-surface [contain-intrinsic-size:auto_96px] [content-visibility:auto] hover:border-accent" data-rule={d.rule}>
      <button
        type="button"
        onClick={() => onReveal(d.line, d.column, d.endLine, d.endColumn)}
        aria-label={`${severity}: ${plainText(d.message)}. ${t('issuesGoTo', { line: d.line })}`}
        className="flex w-full items-start gap-3 rounded-t-lg px-3 pb-1.5 pt-3 text-left"
        data-testid="issue"
      >
        <SeverityIcon severity={d.severity} className="mt-0.5" />
        <span className="min-w-0 flex-1 text-base leading-snug">
          <span className={`mr-2 text-sm font-semibold ${severityColor(d.severity)}`}>{severity}</span>
          <span className="break-words">
            <CodeText text={d.message} />
          </span>
        </span>
      </button>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pb-2.5 pl-[2.625rem] pr-3 text-xs text-muted">
        <a href={`/rules/${encodeURIComponent(d.rule)}/`} className="font-mono text-fg underline decoration-border underline-offset-2 hover:decoration-accent" data-testid="issue-rule-link">
          {d.rule}
        </a>
        {alias && <span className="font-mono">{alias}</span>}
        <span>{t('issuesLine', { line: d.line })}</span>
        {d.fixable && d.fix && onFix && (
          <button
            type="button"
            onClick={() => onFix(d, index)}
            title={ti('fixTitle', { title: d.fix.title })}
            aria-label={`${ti('fix')}: ${d.fix.title} (${t('issuesLine', { line: d.line })})`}
            className="ml-auto inline-flex h-7 items-center gap-1 rounded-md border border-accent px-2.5 text-sm font-semibold text-accent hover:bg-accent hover:text-accent-fg"
            data-testid="issue-fix"
          >
            <svg width="14" height="14" viewBox="0 0 20 20" aria-hidden fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M4 10.5 8 14.5 16 5.5" />
            </svg>
            {ti('fix')}
          </button>
        )}
        {d.fixable && !(d.fix && onFix) && <span>✓ {t('issuesFixable')}</span>}
      </div>
    </li>
  );
});

export default memo(IssuesView);
