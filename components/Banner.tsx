/** A message above the results: a broken link, a cut-down analysis, a failure. Icon + words. */
import type { ReactNode } from 'react';
import { SeverityIcon } from './SeverityIcon';

interface Props {
  kind: 'error' | 'warning' | 'info';
  title?: string;
  children: ReactNode;
  onDismiss?(): void;
  dismissLabel?: string;
  testId?: string;
}

export function Banner({ kind, title, children, onDismiss, dismissLabel, testId }: Props) {
  return (
    <div
      role={kind === 'info' ? 'status' : 'alert'}
      className="flex items-start gap-3 border-b border-border bg-surface px-4 py-3 text-sm"
      data-testid={testId}
    >
      <SeverityIcon severity={kind} className="mt-0.5" />
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        <p>{children}</p>
      </div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="rounded px-2 py-0.5 text-sm underline underline-offset-2" aria-label={dismissLabel}>
          ✕
        </button>
      )}
    </div>
  );
}
