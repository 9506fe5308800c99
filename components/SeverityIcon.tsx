/** Severity shown by shape and colour (and, next to it, always by a word): never colour alone. */
import type { Severity } from '@/lib/types';

const COLOR: Record<Severity, string> = {
  error: 'text-sev-error',
  warning: 'text-sev-warning',
  info: 'text-sev-info',
  style: 'text-sev-style',
};

export function severityColor(severity: Severity): string {
  return COLOR[severity];
}

export function SeverityIcon({ severity, className = '' }: { severity: Severity; className?: string }) {
  const common = { width: 18, height: 18, viewBox: '0 0 20 20', 'aria-hidden': true, className: `${COLOR[severity]} shrink-0 ${className}` } as const;
  switch (severity) {
    case 'error': // octagon with a cross
      return (
        <svg {...common}>
          <path d="M6.5 1.5h7l5 5v7l-5 5h-7l-5-5v-7z" fill="currentColor" />
          <path d="M7 7l6 6M13 7l-6 6" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
    case 'warning': // triangle with an exclamation mark
      return (
        <svg {...common}>
          <path d="M10 1.8 19 18H1z" fill="currentColor" />
          <path d="M10 7.5v4.5" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="15" r="1.2" fill="var(--surface)" />
        </svg>
      );
    case 'info': // circle with an i
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8.5" fill="currentColor" />
          <path d="M10 9v5" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="6" r="1.2" fill="var(--surface)" />
        </svg>
      );
    case 'style': // outlined diamond: lowest severity, lightest shape
      return (
        <svg {...common}>
          <path d="M10 2 18 10 10 18 2 10z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <circle cx="10" cy="10" r="2.2" fill="currentColor" />
        </svg>
      );
  }
}
