/** The lessons: content by id and language, their order, URLs and placeholder filling. */
import type { LessonId } from '../types';
import { formatBytes } from '../size/units';
import { EN } from './en';
import { KO } from './ko';
import { LESSON_IDS, LESSON_META } from './meta';
import type { Lesson, LessonLang, LessonMeta, LessonText } from './types';
import type { LessonFigures } from './figures';

export { LESSON_IDS, LESSON_META, ARTICLE_EXAMPLE } from './meta';
export type { Lesson, LessonLang, LessonMeta, LessonText } from './types';
export { LESSON_LANGS } from './types';

export const LESSON_TEXT: Record<LessonLang, Record<LessonId, LessonText>> = { en: EN, ko: KO };

export function isLessonId(value: string): value is LessonId {
  return (LESSON_IDS as readonly string[]).includes(value);
}

export function lessonMeta(id: LessonId): LessonMeta {
  const meta = LESSON_META.find((m) => m.id === id);
  if (!meta) throw new Error(`unknown lesson ${id}`);
  return meta;
}

export function getLesson(id: LessonId, lang: LessonLang): Lesson {
  const meta = lessonMeta(id);
  const text = LESSON_TEXT[lang][id];
  return {
    ...meta,
    ...text,
    lang,
    alternatives: meta.alternatives.map((a, i) => ({ ...a, title: text.alternatives[i]?.title ?? '', note: text.alternatives[i]?.note ?? '' })),
  };
}

export function allLessons(lang: LessonLang): Lesson[] {
  return LESSON_IDS.map((id) => getLesson(id, lang));
}

export function lessonNeighbors(id: LessonId): { prev: LessonId | null; next: LessonId | null } {
  const i = LESSON_IDS.indexOf(id);
  return { prev: i > 0 ? LESSON_IDS[i - 1] : null, next: i < LESSON_IDS.length - 1 ? LESSON_IDS[i + 1] : null };
}

/** Site paths (trailingSlash is on). */
export function lessonsIndexPath(lang: LessonLang): string {
  return lang === 'ko' ? '/ko/lessons/' : '/lessons/';
}
export function lessonPath(id: LessonId, lang: LessonLang): string {
  return `${lessonsIndexPath(lang)}${id}/`;
}

export const PLACEHOLDERS = ['beforeSize', 'afterSize', 'beforeCompressed', 'afterCompressed', 'reduction', 'alt1Size', 'beforeIssues'] as const;

function percent(value: number, lang: LessonLang): string {
  const pct = Math.round(value * 100);
  return lang === 'ko' ? `${pct}%` : `${pct} %`;
}

/** Values for the placeholders of a lesson's prose, from its figures. */
export function placeholderValues(figures: LessonFigures, lang: LessonLang): Record<(typeof PLACEHOLDERS)[number], string> {
  const size = (b: number | undefined) => (b === undefined ? '?' : formatBytes(b));
  return {
    beforeSize: size(figures.before.image?.bytes),
    afterSize: size(figures.after.image?.bytes),
    beforeCompressed: size(figures.before.image?.compressedBytes),
    afterCompressed: size(figures.after.image?.compressedBytes),
    reduction: figures.reduction === null ? '?' : percent(figures.reduction, lang),
    alt1Size: size(figures.alternatives[0]?.image?.bytes),
    beforeIssues: String(figures.before.diagnostics.length),
  };
}

export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{([A-Za-z0-9]+)\}/g, (whole, key: string) => values[key] ?? whole);
}
