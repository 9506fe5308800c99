'use client';
/**
 * The build context size, typed the way people say it: `250MB`, `1.5 GB`, `800k` (a bare number
 * means MB). Feeds `contextBytes`; an unreadable value is flagged and not applied.
 */
import { useEffect, useId, useState } from 'react';
import { formatBytes, parseBytes } from '@/lib/report/bytes';
import { usePreferences } from '../preferences';

/** A bare number is MB (what people mean by "250"); units are read by parseBytes. */
export function parseContextSize(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e6);
  return parseBytes(trimmed);
}

interface Props {
  value: number | null | undefined;
  onChange(bytes: number | null): void;
}

export function ContextSizeField({ value, onChange }: Props) {
  const { t } = usePreferences();
  const id = useId();
  const [draft, setDraft] = useState(value != null ? formatBytes(value) : '');
  const [invalid, setInvalid] = useState(false);

  // Follow changes from outside (a link, a restored session) unless the draft already says the same.
  useEffect(() => {
    setDraft((current) => (parseContextSize(current) === (value ?? null) || (value == null && current.trim() === '') ? current : value != null ? formatBytes(value) : ''));
  }, [value]);

  const parsed = draft.trim() === '' ? null : parseContextSize(draft);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-muted" title={t('optionContextHelp')}>
        {t('optionContext')}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder={t('optionContextPlaceholder')}
        aria-invalid={invalid}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const bytes = text.trim() === '' ? null : parseContextSize(text);
          const bad = text.trim() !== '' && bytes === null;
          setInvalid(bad);
          if (!bad) onChange(bytes);
        }}
        className={`h-8 w-28 rounded border bg-surface px-2 ${invalid ? 'border-sev-error' : 'border-border'}`}
        data-testid="option-context"
      />
      <span id={`${id}-help`} className={`text-xs ${invalid ? 'text-sev-error' : 'text-muted'}`} aria-live="polite">
        {invalid ? `⚠ ${t('optionContextInvalid')}` : parsed !== null && !/[a-z]/i.test(draft) ? t('optionContextParsed', { size: formatBytes(parsed) }) : <span className="sr-only">{t('optionContextHelp')}</span>}
      </span>
    </div>
  );
}
