/** Safe only / Recommended / Smallest, as a radio group (arrow keys move between them). */
import { useId } from 'react';
import type { Profile } from '@/lib/optimize/types';
import { usePreferences } from '../preferences';

const PROFILES: Profile[] = ['safe', 'recommended', 'smallest'];

export function ProfileSwitch({ value, onChange }: { value: Profile; onChange(profile: Profile): void }) {
  const { t } = usePreferences();
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1" data-testid="profile-switch">
      <legend className="mb-1 text-sm text-muted">{t('optimizedProfile')}</legend>
      <div className="inline-flex flex-wrap rounded-md border border-border bg-surface p-0.5">
        {PROFILES.map((p) => (
          <label
            key={p}
            className={`cursor-pointer rounded px-3 py-1 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-[3px] has-[:focus-visible]:outline-[var(--focus)] ${
              value === p ? 'bg-accent font-semibold text-accent-fg' : 'text-fg hover:bg-surface-2'
            }`}
          >
            <input type="radio" name={name} value={p} checked={value === p} onChange={() => onChange(p)} className="sr-only" data-testid={`profile-${p}`} />
            {value === p ? '● ' : ''}
            {t(`optimizedProfile_${p}`)}
          </label>
        ))}
      </div>
      <p className="text-xs text-muted">{t(`optimizedProfileHelp_${value}`)}</p>
    </fieldset>
  );
}
