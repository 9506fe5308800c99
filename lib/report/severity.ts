import type { Severity } from '../types';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'style'];

/** 'none' never fails; otherwise a finding at this severity or a more serious one fails. */
export type Threshold = Severity | 'none';

export function isThreshold(s: string): s is Threshold {
  return s === 'none' || (SEVERITY_ORDER as readonly string[]).includes(s);
}

export function meetsThreshold(severity: Severity, threshold: Threshold): boolean {
  if (threshold === 'none') return false;
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}
