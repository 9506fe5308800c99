'use client';
/** The product bar: name, what it does, Share, theme and language. */
import { LANGS, type Lang } from './i18n';
import { usePreferences, type ThemeChoice } from './preferences';
import { ShareButton } from './ShareButton';

const selectClass = 'h-9 rounded-md border border-border bg-surface px-2 text-sm text-fg';

export function Header({ buildLink }: { buildLink(): string }) {
  const { t, theme, setTheme, lang, setLang } = usePreferences();
  return (
    <header className="flex min-h-14 shrink-0 flex-wrap items-center gap-x-3 gap-y-2 border-b border-border bg-surface px-3 py-2 sm:px-5">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden className="shrink-0">
        <rect width="32" height="32" rx="7" fill="var(--accent)" />
        <g fill="none" stroke="var(--accent-fg)" strokeWidth="2.4" strokeLinejoin="round">
          <path d="M16 6 26 11 16 16 6 11z" />
          <path d="m6 16 10 5 10-5" opacity=".85" />
          <path d="m6 21 10 5 10-5" opacity=".65" />
        </g>
      </svg>
      <h1 className="text-xl font-bold tracking-tight">Layerlab</h1>
      <p className="hidden truncate text-sm text-muted lg:block">{t('tagline')}</p>
      <div className="ml-auto flex items-center gap-2">
        <a href={lang === 'ko' ? '/ko/lessons/' : '/lessons/'} className="px-1 text-sm font-medium underline-offset-4 hover:underline" data-testid="lessons-link">
          {lang === 'ko' ? '레슨' : 'Lessons'}
        </a>
        <ShareButton buildLink={buildLink} />
        <label className="sr-only" htmlFor="theme-select">
          {t('theme')}
        </label>
        <select id="theme-select" className={selectClass} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="system">◐ {t('themeSystem')}</option>
          <option value="light">☀ {t('themeLight')}</option>
          <option value="dark">☾ {t('themeDark')}</option>
        </select>
        <label className="sr-only" htmlFor="lang-select">
          {t('language')}
        </label>
        <select id="lang-select" className={selectClass} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
