import type { ReactNode } from 'react';
import { LESSON_UI } from '@/lib/lessons/ui';
import type { LessonLang } from '@/lib/lessons/types';

/** Frame of the lesson pages: site header with the language switch, readable column. */
export function LessonShell({ lang, switchHref, children }: { lang: LessonLang; switchHref: string; children: ReactNode }) {
  const ui = LESSON_UI[lang];
  const other: LessonLang = lang === 'en' ? 'ko' : 'en';
  const link = 'text-muted underline-offset-4 hover:text-fg hover:underline';
  return (
    <div lang={lang} className="min-h-full bg-bg text-fg">
      <header className="flex min-h-14 flex-wrap items-center gap-x-4 gap-y-1 border-b border-border bg-surface px-4 py-2 sm:px-6">
        <a href="/" className="text-xl font-bold tracking-tight">
          Layerlab
        </a>
        <nav aria-label={lang === 'ko' ? '사이트' : 'Site'} className="flex gap-4 text-sm">
          <a href="/" className={link}>
            {ui.playground}
          </a>
          <a href={lang === 'ko' ? '/ko/lessons/' : '/lessons/'} className="font-semibold text-fg underline-offset-4 hover:underline" aria-current="page">
            {ui.lessons}
          </a>
          <a href="/rules/" className={link}>
            {ui.rules}
          </a>
        </nav>
        <a
          href={switchHref}
          hrefLang={other}
          lang={other}
          aria-label={ui.switchLanguageLabel}
          data-testid="lang-switch"
          className="ml-auto inline-flex h-9 items-center rounded-md border border-border bg-surface-2 px-3 text-sm font-medium"
        >
          {ui.switchLanguage}
        </a>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
