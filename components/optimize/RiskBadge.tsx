/** An optimizer change's risk by icon, word and colour together (never colour alone). */
import type { Risk } from '@/lib/types';
import { usePreferences } from '../preferences';

const STYLE: Record<Risk, string> = {
  safe: 'border-border text-fg',
  review: 'border-sev-warning text-sev-warning',
  structural: 'border-sev-style text-sev-style',
};

function RiskIcon({ risk }: { risk: Risk }) {
  const common = { width: 14, height: 14, viewBox: '0 0 16 16', 'aria-hidden': true, className: 'shrink-0' } as const;
  if (risk === 'safe')
    // a check in a shield: behaviour unchanged
    return (
      <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round">
        <path d="M8 1.5 13.5 3.5v4c0 3.3-2.3 5.8-5.5 7-3.2-1.2-5.5-3.7-5.5-7v-4z" />
        <path d="m5.5 8 1.8 1.8L10.8 6" />
      </svg>
    );
  if (risk === 'review')
    // an eye: look at it before you commit
    return (
      <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M1 8s2.6-4.5 7-4.5S15 8 15 8s-2.6 4.5-7 4.5S1 8 1 8z" strokeLinejoin="round" />
        <circle cx="8" cy="8" r="2" fill="currentColor" />
      </svg>
    );
  // stacked blocks: the build is restructured
  return (
    <svg {...common} fill="currentColor">
      <rect x="1.5" y="9" width="6" height="5" rx="1" />
      <rect x="8.5" y="9" width="6" height="5" rx="1" />
      <rect x="5" y="2" width="6" height="5" rx="1" />
    </svg>
  );
}

export function RiskBadge({ risk }: { risk: Risk }) {
  const { t } = usePreferences();
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLE[risk]}`} data-testid="risk-badge">
      <RiskIcon risk={risk} />
      {t(`optimizedRisk_${risk}`)}
    </span>
  );
}
