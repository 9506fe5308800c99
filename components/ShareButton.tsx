'use client';
/**
 * Copies a permalink. The page builds the link (it knows the state); this button copies it with
 * the Clipboard API, falls back to execCommand, and in the worst case shows the link selected so
 * the user can copy it by hand. The popover always shows the link, so it is never a mystery.
 * Before copying, it looks for likely secrets in the Dockerfile (lib/secrets) and, when it finds
 * some, asks first: mask them in the link (each value becomes ***), share as is, or cancel.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildPermalink, decodeFragment, type PermalinkState } from '@/lib/permalink';
import { findSecrets, maskSecrets, type SecretFinding } from '@/lib/secrets';
import { issueStrings } from './issues/strings';
import { usePreferences } from './preferences';
import { SecretsWarning } from './share/SecretsWarning';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* permission denied or unfocused document: try the old way */
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

interface Warning {
  link: string;
  state: PermalinkState;
  /** in the Dockerfile */
  secrets: SecretFinding[];
  /** in the pasted requirements.txt (private index URLs carry tokens) */
  requirementSecrets: SecretFinding[];
}

/** The state inside a link this page just built (so the button needs nothing but the link). */
function stateOf(link: string): PermalinkState | null {
  const at = link.indexOf('#');
  const decoded = at === -1 ? null : decodeFragment(link.slice(at));
  return decoded?.ok ? decoded.state : null;
}

export function ShareButton({ buildLink }: { buildLink(): string }) {
  const { t, lang } = usePreferences();
  const ti = useMemo(() => issueStrings(lang), [lang]);
  const [shared, setShared] = useState<{ link: string; copied: boolean; masked?: number } | null>(null);
  const [warning, setWarning] = useState<Warning | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);

  const copy = async (link: string, masked?: number) => {
    setWarning(null);
    const copied = await copyText(link);
    setShared({ link, copied, masked });
  };

  const onShare = async () => {
    const link = buildLink();
    const state = stateOf(link);
    const secrets = state ? findSecrets(state.text) : [];
    const requirementSecrets = state?.requirements ? findSecrets(state.requirements) : [];
    if (state && secrets.length + requirementSecrets.length > 0) {
      setShared(null);
      setWarning({ link, state, secrets, requirementSecrets });
      return;
    }
    await copy(link);
  };

  const onMask = async () => {
    if (!warning) return;
    const { link, state, secrets, requirementSecrets } = warning;
    const requirements = state.requirements ? maskSecrets(state.requirements, requirementSecrets) : state.requirements;
    await copy(buildPermalink(link, { ...state, text: maskSecrets(state.text, secrets), requirements }), secrets.length + requirementSecrets.length);
  };

  const open = shared !== null || warning !== null;
  const close = () => {
    setShared(null);
    setWarning(null);
  };

  useEffect(() => {
    if (!open) return;
    if (shared && !shared.copied) inputRef.current?.select();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        close();
        buttonRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!popoverRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open, shared]);

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        onClick={onShare}
        title={t('shareTitle')}
        aria-label={t('share')}
        className="inline-flex h-9 items-center gap-2 rounded-md bg-accent px-3 text-sm font-semibold text-accent-fg hover:opacity-90"
        data-testid="share-button"
      >
        <svg width="16" height="16" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden>
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1" />
          <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1" />
        </svg>
        <span className="hidden sm:inline">{t('share')}</span>
      </button>
      {warning && (
        <div
          ref={popoverRef}
          className="absolute right-0 top-11 z-50 w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-4 shadow-xl"
          data-testid="share-popover"
        >
          <SecretsWarning
            secrets={[...warning.secrets, ...warning.requirementSecrets.map((s) => ({ ...s, file: 'requirements.txt' }))]}
            ti={ti}
            onMask={onMask}
            onAsIs={() => void copy(warning.link)}
            onCancel={() => {
              close();
              buttonRef.current?.focus();
            }}
          />
        </div>
      )}
      {shared && (
        <div
          ref={popoverRef}
          className="absolute right-0 top-11 z-50 w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-4 shadow-xl"
          data-testid="share-popover"
        >
          <p role="status" className="mb-2 flex items-center gap-2 font-semibold">
            {shared.masked && shared.copied ? (
              <>
                <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden className="text-accent">
                  <path d="M4 10.5 8 14.5 16 5.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                {ti('secretsMasked', { n: shared.masked })}
              </>
            ) : shared.masked ? (
              ti('secretsMaskedNotCopied', { n: shared.masked })
            ) : shared.copied ? (
              <>
                <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden className="text-accent">
                  <path d="M4 10.5 8 14.5 16 5.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                {t('linkCopied')}
              </>
            ) : (
              t('linkCopyFailed')
            )}
          </p>
          <input
            ref={inputRef}
            readOnly
            value={shared.link}
            aria-label={t('share')}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-border bg-surface-2 px-2 py-1 font-mono text-xs"
            data-testid="share-link"
          />
          <p className="mt-2 text-sm text-muted">{t('linkPrivacy')}</p>
          <div className="mt-3 text-right">
            <button type="button" onClick={() => setShared(null)} className="rounded px-2 py-1 text-sm font-medium underline underline-offset-2">
              {t('close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
