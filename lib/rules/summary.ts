/**
 * The shape of a rule that client components receive. Kept apart from catalog.ts, which imports
 * the registry: a client component importing that would ship every rule's code to the browser.
 */
import type { Category } from '../types';
import type { Rule } from './types';

/** type-only import: no rule code comes with it */
export interface RuleSummary extends Pick<Rule, 'id' | 'title' | 'category' | 'severity' | 'aliases' | 'lesson'> {
  enabledByDefault: boolean;
}

export const CATEGORY_ORDER: readonly Category[] = ['size', 'cache', 'security', 'correctness', 'style'];
