import { buildPermalink, type PermalinkTab } from '@/lib/permalink';
import { formatBytes } from '@/lib/size/units';
import type { ExampleFigures } from '@/lib/lessons/figures';
import { LESSON_UI } from '@/lib/lessons/ui';
import type { LessonLang } from '@/lib/lessons/types';
import { DockerfileCode } from './DockerfileCode';

export type ExampleTone = 'before' | 'after' | 'alternative';

/** One example Dockerfile with its estimate and links that open it in the playground. */
export function ExampleCard({
  lang,
  tone,
  caption,
  note,
  text,
  figures,
  primaryTab,
}: {
  lang: LessonLang;
  tone: ExampleTone;
  caption: string;
  note?: string;
  text: string;
  figures: ExampleFigures;
  primaryTab: PermalinkTab;
}) {
  const ui = LESSON_UI[lang];
  const link = (tab: PermalinkTab) => buildPermalink('/', { v: 1, text, tab, options: {} });
  const label = tone === 'before' ? ui.before : tone === 'after' ? ui.after : ui.alternative;
  const mark = tone === 'before' ? '✗' : '✓';
  const markClass = tone === 'before' ? 'text-sev-error' : 'text-accent';
  const image = figures.image;
  return (
    <figure className="flex min-w-0 flex-col rounded-lg border border-border bg-surface" data-testid={`example-${tone}`}>
      <figcaption className="border-b border-border px-3 py-2">
        <span className="flex items-center gap-2 text-xs font-semibold tracking-wide text-muted uppercase">
          <span aria-hidden className={`text-base ${markClass}`}>
            {mark}
          </span>
          {label}
        </span>
        <span className="block text-base font-semibold">{caption}</span>
        {note && <span className="mt-1 block text-sm text-muted">{note}</span>}
      </figcaption>
      <DockerfileCode text={text} label={caption} />
      <div className="mt-auto space-y-2 border-t border-border px-3 py-3 text-sm">
        {image && (
          <p data-testid="example-estimate">
            <span className="text-muted">{ui.estimate}: </span>
            <strong className="text-base">{formatBytes(image.bytes)}</strong> <span className="text-muted">{ui.onDisk}</span>
            <span className="text-muted"> · </span>
            {formatBytes(image.compressedBytes)} <span className="text-muted">{ui.compressed}</span>
            <span className="block text-xs text-muted">
              {ui.range}: {formatBytes(image.low)} – {formatBytes(image.high)}
            </span>
          </p>
        )}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <a
            href={link(primaryTab)}
            data-testid="open-in-playground"
            className="inline-flex h-9 items-center rounded-md bg-accent px-3 font-semibold text-accent-fg"
          >
            {ui.openInPlayground}
          </a>
          {(['issues', 'layers', 'optimized'] as const)
            .filter((t) => t !== primaryTab)
            .map((t) => (
              <a key={t} href={link(t)} className="text-accent underline underline-offset-4">
                {ui.openTab[t]}
              </a>
            ))}
        </p>
      </div>
    </figure>
  );
}
