/** What the rules reference pages and the playground's hovers need to know about each rule. */
import type { LessonId } from '../types';
import { CATEGORY_ORDER, type RuleSummary } from './summary';
import { ALL_RULES } from './registry';
import type { Rule } from './types';

export type { RuleSummary } from './summary';
export { CATEGORY_ORDER } from './summary';

export const LESSON_TITLES: Record<LessonId, { en: string; ko: string }> = {
  'why-size': { en: 'Why image size matters', ko: '이미지 크기가 중요한 이유' },
  'multi-stage': { en: 'Multi-stage builds', ko: '멀티 스테이지 빌드' },
  layers: { en: 'Layer optimization', ko: '레이어 최적화' },
  'minimal-base': { en: 'Minimal base images', ko: '최소화된 베이스 이미지' },
  distroless: { en: 'Distroless images', ko: 'Distroless 이미지' },
  security: { en: 'Security best practices', ko: '보안 모범 사례' },
};


export function summarize(rule: Rule): RuleSummary {
  return {
    id: rule.id,
    title: rule.title,
    category: rule.category,
    severity: rule.severity,
    aliases: rule.aliases,
    lesson: rule.lesson,
    enabledByDefault: rule.enabledByDefault !== false,
  };
}

export function ruleSummaries(): RuleSummary[] {
  return ALL_RULES.map(summarize).sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A rule by id or by any alias, case-insensitively. */
export function findRule(idOrAlias: string): Rule | null {
  const key = idOrAlias.toLowerCase();
  return ALL_RULES.find((r) => r.id === key || r.aliases.some((a) => a.toLowerCase() === key)) ?? null;
}

/** Aliases that get a page of their own (/rules/DL3009), so a link or a search by code lands on the rule. */
export function aliasSlugs(): string[] {
  const seen = new Set(ALL_RULES.map((r) => r.id));
  const out: string[] = [];
  for (const r of ALL_RULES) {
    for (const a of r.aliases) {
      if (!/^[A-Za-z0-9_-]+$/.test(a) || seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      out.push(a);
    }
  }
  return out;
}
