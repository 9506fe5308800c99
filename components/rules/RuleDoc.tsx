import { buildPermalink } from '@/lib/permalink';
import { LESSON_TITLES } from '@/lib/rules/catalog';
import type { Rule } from '@/lib/rules/types';
import { SeverityIcon } from '@/components/SeverityIcon';
import { CodeText } from '../CodeText';

/** One rule's page: what it checks, why it matters, what to write instead. */
export function RuleDoc({ rule, requested }: { rule: Rule; requested: string }) {
  const viaAlias = requested.toLowerCase() !== rule.id;
  const tryIt = buildPermalink('/', { v: 1, text: rule.examples.bad, tab: 'issues', options: {} });
  return (
    <article className="space-y-6">
      {viaAlias && (
        <p className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm">
          <strong>{requested}</strong> is checked in Layerlab by the rule <code className="font-mono">{rule.id}</code>.
        </p>
      )}
      <header className="space-y-2">
        <p className="font-mono text-sm text-muted">{rule.id}</p>
        <h1 className="text-2xl font-bold tracking-tight">{rule.title}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex items-center gap-1.5">
            <dt className="sr-only">Severity</dt>
            <SeverityIcon severity={rule.severity} />
            <dd>{rule.severity}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-muted">Category</dt>
            <dd>{rule.category}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-muted">Lesson</dt>
            <dd>{LESSON_TITLES[rule.lesson].en}</dd>
          </div>
          {rule.enabledByDefault === false && (
            <div>
              <dt className="sr-only">Default</dt>
              <dd className="text-muted">off by default (switch it on with --enable {rule.id})</dd>
            </div>
          )}
        </dl>
        {rule.aliases.length > 0 && (
          <p className="text-sm">
            <span className="text-muted">Also known as </span>
            {rule.aliases.map((a, i) => (
              <span key={a}>
                {i > 0 && ', '}
                <code className="rounded bg-surface-2 px-1 font-mono">{a}</code>
              </span>
            ))}
          </p>
        )}
      </header>
      <p className="max-w-prose text-base leading-relaxed">
        <CodeText text={rule.explanation} />
      </p>
      <section className="grid gap-4 md:grid-cols-2">
        <Example label="Instead of" text={rule.examples.bad} tone="bad" />
        <Example label="Write" text={rule.examples.good} tone="good" />
      </section>
      <p>
        <a href={tryIt} className="inline-flex h-10 items-center rounded-md bg-accent px-4 text-sm font-semibold text-accent-fg">
          Open the first example in the playground
        </a>
      </p>
      <p className="text-sm text-muted">
        To silence this rule on one instruction, put <code className="font-mono"># layerlab ignore={rule.id}</code>
        {rule.aliases[0] && /^DL\d+$/.test(rule.aliases[0]) ? (
          <>
            {' '}
            (or hadolint&apos;s <code className="font-mono"># hadolint ignore={rule.aliases[0]}</code>)
          </>
        ) : null}{' '}
        on the line above it.
      </p>
    </article>
  );
}

function Example({ label, text, tone }: { label: string; text: string; tone: 'bad' | 'good' }) {
  return (
    <figure className="min-w-0 rounded-lg border border-border bg-surface">
      <figcaption className="flex items-center gap-2 border-b border-border px-3 py-2 text-sm font-semibold">
        <span aria-hidden>{tone === 'bad' ? '✗' : '✓'}</span>
        {label}
      </figcaption>
      {/* focusable, so keyboard users can scroll a long example sideways */}
      <pre className="overflow-x-auto p-3 font-mono text-sm leading-relaxed" tabIndex={0} aria-label={`${label} example`}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}
