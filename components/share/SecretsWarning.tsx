'use client';
/** The warning shown before sharing a Dockerfile (or a pasted requirements.txt) that seems to contain secrets. */
import { useEffect, useRef } from 'react';
import { SECRET_KIND_LABELS, type SecretFinding } from '@/lib/secrets';
import type { IssueTranslate } from '../issues/strings';

const MAX_LISTED = 5;

/** A finding, with the pasted file it is in when it is not the Dockerfile. */
type Listed = SecretFinding & { file?: string };

interface Props {
  secrets: Listed[];
  ti: IssueTranslate;
  onMask(): void;
  onAsIs(): void;
  onCancel(): void;
}

export function SecretsWarning({ secrets, ti, onMask, onAsIs, onCancel }: Props) {
  const maskRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    maskRef.current?.focus();
  }, []);
  return (
    <div role="alertdialog" aria-labelledby="secrets-title" aria-describedby="secrets-body" data-testid="secrets-warning">
      <h2 id="secrets-title" className="mb-1 flex items-center gap-2 text-base font-semibold">
        <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden className="shrink-0 text-sev-warning">
          <path d="M10 1.8 19 18H1z" fill="currentColor" />
          <path d="M10 7.5v4.5" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="15" r="1.2" fill="var(--surface)" />
        </svg>
        {ti('secretsTitle')}
      </h2>
      <p id="secrets-body" className="mb-2 text-sm">
        {ti('secretsBody')}
      </p>
      <ul className="mb-3 space-y-1 rounded border border-border bg-surface-2 px-3 py-2 text-sm" data-testid="secrets-list">
        {secrets.slice(0, MAX_LISTED).map((s) => (
          <li key={`${s.file ?? ''}:${s.start}`} className="flex flex-wrap gap-x-2">
            <span className="font-semibold">{SECRET_KIND_LABELS[s.kind]}</span>
            {s.name && <span className="font-mono">{s.name}</span>}
            <span className="text-muted">
              {s.file && <span className="font-mono">{s.file} · </span>}
              {ti('secretsLine', { line: s.line })}
            </span>
            <span className="font-mono text-muted">{s.hint}</span>
          </li>
        ))}
        {secrets.length > MAX_LISTED && <li className="text-muted">{ti('secretsMore', { n: secrets.length - MAX_LISTED })}</li>}
      </ul>
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" onClick={onCancel} className="h-9 rounded-md px-3 text-sm font-medium underline underline-offset-2" data-testid="secrets-cancel">
          {ti('secretsCancel')}
        </button>
        <button type="button" onClick={onAsIs} className="h-9 rounded-md border border-border bg-surface px-3 text-sm font-medium" data-testid="secrets-as-is">
          {ti('secretsAsIs')}
        </button>
        <button ref={maskRef} type="button" onClick={onMask} className="h-9 rounded-md bg-accent px-3 text-sm font-semibold text-accent-fg" data-testid="secrets-mask">
          {ti('secretsMask')}
        </button>
      </div>
    </div>
  );
}
