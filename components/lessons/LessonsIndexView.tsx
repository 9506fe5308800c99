import { allLessons, lessonMeta, lessonPath, lessonsIndexPath } from '@/lib/lessons';
import { lessonFigures } from '@/lib/lessons/figures';
import { LESSON_UI } from '@/lib/lessons/ui';
import type { LessonLang } from '@/lib/lessons/types';
import { formatBytes } from '@/lib/size/units';
import { LessonShell } from './LessonShell';
import { Prose } from './Prose';

/** The list of lessons, in the article's order, with each lesson's before/after estimate. */
export function LessonsIndexView({ lang }: { lang: LessonLang }) {
  const ui = LESSON_UI[lang];
  const other: LessonLang = lang === 'en' ? 'ko' : 'en';
  const lessons = allLessons(lang);
  return (
    <LessonShell lang={lang} switchHref={lessonsIndexPath(other)}>
      <div className="space-y-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{ui.lessons}</h1>
          <p className="max-w-prose text-lg leading-relaxed text-muted">{ui.lessonsIntro}</p>
        </header>
        <ol className="grid gap-4 md:grid-cols-2" data-testid="lesson-list">
          {lessons.map((lesson, i) => {
            const f = lessonFigures(lessonMeta(lesson.id));
            return (
              <li key={lesson.id}>
                <a href={lessonPath(lesson.id, lang)} className="flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-4 hover:border-accent" data-testid="lesson-card">
                  <span className="text-sm text-muted">{ui.lessonN(i + 1)}</span>
                  <span className="text-lg font-bold">{lesson.title}</span>
                  <Prose text={lesson.summary} className="text-sm leading-relaxed text-muted" />
                  {f.before.image && f.after.image && (
                    <span className="mt-auto font-mono text-sm">
                      {formatBytes(f.before.image.bytes)} → <strong>{formatBytes(f.after.image.bytes)}</strong>
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ol>
        <p className="text-sm text-muted">{ui.estimateNote}</p>
      </div>
    </LessonShell>
  );
}
