'use client';
/** A labelled number input that lets the user type freely and only commits values in range. */
import { useId, useState } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max?: number;
  step: number;
  onCommit(v: number): void;
  testId?: string;
  /** compact in the playground's panels, larger on lesson pages read from a projector */
  size?: 'compact' | 'large';
}

const STYLES = {
  compact: { label: 'text-xs text-muted', input: 'h-8 w-full min-w-0 rounded border border-border bg-surface px-2 text-sm' },
  large: { label: 'text-sm text-muted', input: 'h-10 w-full rounded-md border border-border bg-bg px-2 font-mono text-base' },
};

export function NumberField({ label, value, min, max = Infinity, step, onCommit, testId, size = 'compact' }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const style = STYLES[size];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={style.label}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={Number.isFinite(max) ? max : undefined}
        step={step}
        value={draft ?? String(value)}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(v) && v >= min) onCommit(Math.min(max, v));
        }}
        onBlur={() => setDraft(null)}
        className={style.input}
        data-testid={testId}
      />
    </div>
  );
}
