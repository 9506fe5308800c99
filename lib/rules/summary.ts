/**
 * The shape of a rule that client components receive. Kept apart from catalog.ts, which imports
 * the registry: a client component importing that would ship every rule's code to the browser.
 */
import type { Category, LessonId, Severity } from '../types';

export interface RuleSummary {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  aliases: string[];
  lesson: LessonId;
  enabledByDefault: boolean;
}

export const CATEGORY_ORDER: readonly Category[] = ['size', 'cache', 'security', 'correctness', 'style'];
