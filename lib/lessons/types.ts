/** The lessons' content model: pure data, so it can be tested and rendered by server components. */
import type { LessonId } from '../types';

export type LessonLang = 'en' | 'ko';
export const LESSON_LANGS: readonly LessonLang[] = ['en', 'ko'];

/** A Dockerfile shown in a lesson. The text is shared by both languages; only captions differ. */
export interface LessonExample {
  dockerfile: string;
}

/** Language-independent facts about a lesson: its examples and the rules it teaches. */
export interface LessonMeta {
  id: LessonId;
  before: LessonExample;
  after: LessonExample;
  /** other working variants, in the order the prose introduces them */
  alternatives: LessonExample[];
  /** rule ids (not aliases) from lib/rules/registry */
  rules: string[];
}

/**
 * Prose of one lesson in one language. Paragraphs may use `code` in backticks and these
 * placeholders, filled at build time from the estimator: {beforeSize}, {afterSize},
 * {beforeCompressed}, {afterCompressed}, {reduction} (per cent, before to after), {alt1Size}
 * (the first alternative), {beforeIssues} (number of findings in the before file).
 */
export interface LessonSection {
  heading: string;
  paragraphs: string[];
}

export interface LessonText {
  title: string;
  summary: string;
  sections: LessonSection[];
  beforeCaption: string;
  afterCaption: string;
  /** one title and one explanation per alternative of the meta, same order */
  alternatives: { title: string; note: string }[];
  keyPoints: string[];
}

/** A lesson in one language: the meta and the prose merged, alternatives with their captions. */
export interface Lesson extends Omit<LessonMeta, 'alternatives'>, Omit<LessonText, 'alternatives'> {
  lang: LessonLang;
  alternatives: (LessonExample & { title: string; note: string })[];
}
