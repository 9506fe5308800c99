import { findRule } from '@/lib/rules/catalog';
import { formatBytes } from '@/lib/size/units';
import { fillPlaceholders, getLesson, lessonMeta, lessonNeighbors, lessonPath, lessonsIndexPath, placeholderValues, LESSON_IDS, LESSON_TEXT } from '@/lib/lessons';
import { lessonFigures, type ExampleFigures } from '@/lib/lessons/figures';
import { LESSON_UI } from '@/lib/lessons/ui';
import type { LessonLang } from '@/lib/lessons/types';
import type { LessonId } from '@/lib/types';
import { SeverityIcon } from '@/components/SeverityIcon';
import { CostCalculator } from './CostCalculator';
import { DockerfileCode } from './DockerfileCode';
import { ExampleCard } from './ExampleCard';
import { LessonShell } from './LessonShell';
import { Prose } from './Prose';
import { CodeText } from '../CodeText';

const TOP_FINDINGS = 5;

function calculatorImage(f: ExampleFigures) {
  const image = f.image!;
  const share = image.bytes > 0 ? Math.min(1, f.baseBytes / image.bytes) : 0;
  return { compressedBytes: image.compressedBytes, changedBytes: Math.round(image.compressedBytes * (1 - share)) };
}

/** One lesson page, rendered on the server with figures from the estimator. */
export function LessonView({ id, lang }: { id: LessonId; lang: LessonLang }) {
  const lesson = getLesson(id, lang);
  const figures = lessonFigures(lessonMeta(id));
  const ui = LESSON_UI[lang];
  const values = placeholderValues(figures, lang);
  const fill = (s: string) => fillPlaceholders(s, values);
  const { prev, next } = lessonNeighbors(id);
  const number = LESSON_IDS.indexOf(id) + 1;
  const other: LessonLang = lang === 'en' ? 'ko' : 'en';
  const top = figures.before.diagnostics.slice(0, TOP_FINDINGS);
  const optimized = figures.before.optimized;
  const sections = lesson.sections;
  // The calculator sits after the section that introduces it (the last one of why-size).
  const calculatorAfter = id === 'why-size' ? sections.length - 1 : -1;

  return (
    <LessonShell lang={lang} switchHref={lessonPath(id, other)}>
      <article className="space-y-8" data-testid="lesson" data-lesson={id}>
        <header className="space-y-3">
          <p className="text-sm text-muted">
            <a href={lessonsIndexPath(lang)} className="underline-offset-4 hover:underline">
              {ui.lessons}
            </a>{' '}
            / {ui.lessonN(number)}
          </p>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{lesson.title}</h1>
          <Prose text={lesson.summary} className="max-w-prose text-lg leading-relaxed text-muted" />
        </header>

        <section className="grid gap-4 lg:grid-cols-2" aria-label={`${ui.before} / ${ui.after}`}>
          <ExampleCard lang={lang} tone="before" caption={lesson.beforeCaption} text={lesson.before.dockerfile} figures={figures.before} primaryTab="issues" />
          <ExampleCard lang={lang} tone="after" caption={lesson.afterCaption} text={lesson.after.dockerfile} figures={figures.after} primaryTab="layers" />
        </section>
        <p className="text-sm text-muted">{ui.estimateNote}</p>

        {sections.map((section, i) => (
          <section key={i} className="space-y-3">
            <h2 className="text-xl font-bold tracking-tight">{section.heading}</h2>
            {section.paragraphs.map((p, j) => (
              <Prose key={j} text={fill(p)} />
            ))}
            {i === calculatorAfter && figures.before.image && figures.after.image && (
              <CostCalculator lang={lang} before={calculatorImage(figures.before)} after={calculatorImage(figures.after)} />
            )}
          </section>
        ))}

        {lesson.alternatives.length > 0 && (
          <section className="grid gap-4 lg:grid-cols-2">
            {lesson.alternatives.map((alt, i) => (
              <ExampleCard key={i} lang={lang} tone="alternative" caption={alt.title} note={alt.note} text={alt.dockerfile} figures={figures.alternatives[i]} primaryTab="layers" />
            ))}
          </section>
        )}

        <section className="space-y-4 rounded-lg border border-border bg-surface p-4 sm:p-5" data-testid="layerlab-says">
          <h2 className="text-xl font-bold tracking-tight">{ui.whatLayerlabSays}</h2>
          <div>
            <h3 className="mb-2 font-semibold">{ui.topFindings}</h3>
            {top.length === 0 ? (
              <p className="text-muted">{ui.noFindings}</p>
            ) : (
              <ul className="space-y-2">
                {top.map((d, i) => (
                  <li key={i} className="flex gap-2">
                    <span className="mt-0.5 shrink-0">
                      <SeverityIcon severity={d.severity} />
                    </span>
                    <span className="min-w-0">
                      <a href={`/rules/${d.rule}/`} className="font-mono text-sm text-accent underline underline-offset-4">
                        {d.rule}
                      </a>{' '}
                      <span className="text-sm text-muted">
                        ({ui.severity[d.severity]}, L{d.line})
                      </span>
                      <span className="block text-sm" lang="en">
                        <CodeText text={d.message} />
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {figures.before.diagnostics.length > TOP_FINDINGS && (
              <p className="mt-2 text-sm text-muted">{ui.moreFindings(figures.before.diagnostics.length - TOP_FINDINGS)}</p>
            )}
          </div>
          {optimized && optimized.changes.length > 0 && (
            <details className="rounded-md border border-border bg-bg">
              <summary className="cursor-pointer px-3 py-2 font-semibold">{ui.optimizerOutput}</summary>
              <div className="border-t border-border">
                {optimized.image && <p className="px-3 pt-3 text-sm">{ui.optimizerSays(formatBytes(optimized.image.bytes))}</p>}
                <ul className="list-disc px-8 pt-2 text-sm" lang="en">
                  {optimized.changes.map((c) => (
                    <li key={c.id}>{c.title}</li>
                  ))}
                </ul>
                <DockerfileCode text={optimized.dockerfile} label={ui.optimizerOutput} />
              </div>
            </details>
          )}
        </section>

        <section className="rounded-lg border-l-4 border-accent bg-surface p-4 sm:p-5">
          <h2 className="mb-2 text-xl font-bold tracking-tight">{ui.keyPoints}</h2>
          <ul className="list-disc space-y-1 pl-5">
            {lesson.keyPoints.map((k, i) => (
              <li key={i}>
                <Prose text={k} className="text-base leading-relaxed" />
              </li>
            ))}
          </ul>
        </section>

        <section>
          <h2 className="mb-2 text-lg font-bold tracking-tight">{ui.relatedRules}</h2>
          <ul className="flex flex-wrap gap-2" data-testid="related-rules">
            {lesson.rules.map((r) => {
              const rule = findRule(r);
              return (
                <li key={r}>
                  <a href={`/rules/${r}/`} className="inline-flex flex-col rounded-md border border-border bg-surface px-3 py-1.5 text-sm hover:border-accent" title={rule?.title}>
                    <span className="font-mono text-accent">{r}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>

        <nav aria-label={ui.allLessons} className="flex flex-wrap justify-between gap-3 border-t border-border pt-6" data-testid="lesson-nav">
          {prev ? (
            <a href={lessonPath(prev, lang)} rel="prev" className="flex max-w-[48%] flex-col rounded-md border border-border bg-surface px-4 py-2 hover:border-accent">
              <span className="text-sm text-muted">← {ui.prev}</span>
              <span className="font-semibold">{LESSON_TEXT[lang][prev].title}</span>
            </a>
          ) : (
            <a href={lessonsIndexPath(lang)} className="flex flex-col rounded-md border border-border bg-surface px-4 py-2 hover:border-accent">
              <span className="text-sm text-muted">←</span>
              <span className="font-semibold">{ui.allLessons}</span>
            </a>
          )}
          {next ? (
            <a href={lessonPath(next, lang)} rel="next" className="ml-auto flex max-w-[48%] flex-col items-end rounded-md border border-border bg-surface px-4 py-2 text-right hover:border-accent">
              <span className="text-sm text-muted">{ui.next} →</span>
              <span className="font-semibold">{LESSON_TEXT[lang][next].title}</span>
            </a>
          ) : (
            <a href={lessonsIndexPath(lang)} className="ml-auto flex flex-col items-end rounded-md border border-border bg-surface px-4 py-2 text-right hover:border-accent">
              <span className="text-sm text-muted">→</span>
              <span className="font-semibold">{ui.allLessons}</span>
            </a>
          )}
        </nav>
      </article>
    </LessonShell>
  );
}
