/** An empty view that teaches: what will appear here and why it matters. */
import type { ReactNode } from 'react';

export function EmptyState({ title, body, icon }: { title: string; body: string; icon?: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-prose flex-col items-center gap-3 px-6 py-12 text-center" data-testid="empty-state">
      <div className="text-muted" aria-hidden>
        {icon ?? (
          <svg width="48" height="48" viewBox="0 0 32 32" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
            <path d="M16 5 27 10.5 16 16 5 10.5z" />
            <path d="m5 16 11 5.5L27 16" />
            <path d="m5 21.5 11 5.5 11-5.5" />
          </svg>
        )}
      </div>
      <h3 className="text-lg font-semibold">{title}</h3>
      <p className="text-base leading-relaxed text-muted">{body}</p>
    </div>
  );
}
