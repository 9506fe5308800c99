/**
 * The optimizer's changes: each with a switch (include / exclude), its saving or cost, its risk
 * (icon + word), why it helps, and a button that shows its lines in the diff.
 */
import { memo } from 'react';
import type { OptimizedChange } from '@/lib/optimize/types';
import { formatBytes, lineRange } from '../format';
import { usePreferences } from '../preferences';
import { RiskBadge } from './RiskBadge';
import { CodeText } from '../CodeText';

interface Props {
  changes: OptimizedChange[];
  /** ids the user switched off (shown unchecked at once, before the optimizer answers) */
  disabled: readonly string[];
  onToggle(id: string, include: boolean): void;
  onShow(change: OptimizedChange): void;
}

function ChangeList({ changes, disabled, onToggle, onShow }: Props) {
  const { t, lang } = usePreferences();
  const fmt = (n: number) => formatBytes(n, lang);
  return (
    <ul className="flex flex-col gap-2" data-testid="change-list">
      {changes.map((c) => {
        const included = !disabled.includes(c.id);
        const first = c.lines[0] ?? c.line;
        const last = c.lines[c.lines.length - 1] ?? c.line;
        const saving = !c.enabled ? (
          <span className="text-muted">{t('optimizedNotApplied')}</span>
        ) : c.savedBytes > 0 ? (
          <span className="font-semibold">▼ {t('optimizedSaves', { size: fmt(c.savedBytes) })}</span>
        ) : c.savedBytes < 0 ? (
          <span className="font-semibold text-sev-warning">▲ {t('optimizedCosts', { size: fmt(-c.savedBytes) })}</span>
        ) : (
          <span className="text-muted">{t('optimizedNoSize')}</span>
        );
        return (
          <li
            key={c.id}
            className={`rounded-lg border p-3 ${included ? 'border-border bg-surface' : 'border-dashed border-border bg-bg'}`}
            data-testid="change"
            data-change-id={c.id}
            data-enabled={c.enabled}
          >
            <div className="flex items-start gap-2.5">
              <input
                type="checkbox"
                checked={included}
                onChange={(e) => onToggle(c.id, e.target.checked)}
                aria-label={t('optimizedInclude', { title: c.title })}
                className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                data-testid="change-toggle"
              />
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className={`font-semibold leading-snug ${included ? '' : 'text-muted line-through decoration-1'}`}>{c.title}</span>
                  <RiskBadge risk={c.risk} />
                  <span className="ml-auto text-sm tabular-nums" data-testid="change-saving">
                    {saving}
                  </span>
                </div>
                <p className="mt-1 text-sm leading-relaxed text-muted">
                  <CodeText text={c.why} />
                </p>
                <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                  {c.enabled && first > 0 && (
                    <button type="button" onClick={() => onShow(c)} className="rounded font-mono text-accent underline-offset-2 hover:underline" data-testid="change-show">
                      {last > first ? t('optimizedShowLines', { lines: lineRange(first, last) }) : t('optimizedShowLine', { line: first })}
                    </button>
                  )}
                  {c.resolves.length > 0 && <span className="font-mono text-muted">{t('optimizedResolves', { rules: c.resolves.join(', ') })}</span>}
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export default memo(ChangeList);
