'use client';
/**
 * Theme and language: kept in localStorage, applied to <html> (data-theme, lang) so CSS and
 * assistive technology see them. `public/preferences-init.js` applies the stored values before
 * first paint; this provider keeps them in sync afterwards.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { makeTranslate, type Lang, type Translate } from './i18n';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

const THEME_KEY = 'layerlab:theme';
const LANG_KEY = 'layerlab:lang';

interface Preferences {
  theme: ThemeChoice;
  resolvedTheme: ResolvedTheme;
  setTheme(theme: ThemeChoice): void;
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const PreferencesContext = createContext<Preferences | null>(null);

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, sandboxed iframe)
  }
}

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* not fatal: the choice just is not remembered */
  }
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  // Static HTML is rendered with the defaults; the stored choice is read after hydration.
  const [theme, setThemeState] = useState<ThemeChoice>('system');
  const [systemDark, setSystemDark] = useState(false);
  const [lang, setLangState] = useState<Lang>('en');

  useEffect(() => {
    const storedTheme = readStored(THEME_KEY);
    if (storedTheme === 'light' || storedTheme === 'dark') setThemeState(storedTheme);
    const storedLang = readStored(LANG_KEY);
    if (storedLang === 'en' || storedLang === 'ko') setLangState(storedLang);
    else if (navigator.language.toLowerCase().startsWith('ko')) setLangState('ko');
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    setSystemDark(query.matches);
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const resolvedTheme: ResolvedTheme = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;

  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
    document.documentElement.style.colorScheme = resolvedTheme;
  }, [resolvedTheme]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setTheme = useCallback((next: ThemeChoice) => {
    setThemeState(next);
    store(THEME_KEY, next);
  }, []);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    store(LANG_KEY, next);
  }, []);

  const value = useMemo<Preferences>(
    () => ({ theme, resolvedTheme, setTheme, lang, setLang, t: makeTranslate(lang) }),
    [theme, resolvedTheme, setTheme, lang, setLang],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
