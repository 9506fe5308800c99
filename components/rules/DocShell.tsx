import type { ReactNode } from 'react';

/** Frame of the reference pages: a plain header with the way back to the playground. */
export function DocShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-full bg-bg text-fg">
      <header className="flex h-14 items-center gap-4 border-b border-border bg-surface px-4 sm:px-6">
        <a href="/" className="text-xl font-bold tracking-tight">
          Layerlab
        </a>
        <nav aria-label="Site" className="flex gap-4 text-sm">
          <a href="/" className="text-muted underline-offset-4 hover:underline">
            Playground
          </a>
          <a href="/lessons/" className="text-muted underline-offset-4 hover:underline">
            Lessons
          </a>
          <a href="/rules/" className="text-muted underline-offset-4 hover:underline">
            Rules
          </a>
        </nav>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
