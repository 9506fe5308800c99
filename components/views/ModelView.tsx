'use client';
/** What the library understood: directives, global ARGs, stages with their base images and instructions. */
import { memo } from 'react';
import type { ViewInstruction, ViewModel, ViewStage } from '../analysis/protocol';
import { EmptyState } from '../EmptyState';
import { lineRange } from '../format';
import { usePreferences } from '../preferences';
import { SeverityIcon } from '../SeverityIcon';
import { CodeText } from '../CodeText';

interface Props {
  model: ViewModel;
  onReveal(line: number, column?: number, endLine?: number, endColumn?: number): void;
}

function LineButton({ line, endLine, onReveal, label }: { line: number; endLine: number; onReveal: Props['onReveal']; label: string }) {
  return (
    <button
      type="button"
      onClick={() => onReveal(line, 1, endLine)}
      aria-label={`${label} ${lineRange(line, endLine)}`}
      className="rounded px-1 font-mono text-sm text-accent underline-offset-2 hover:underline"
    >
      {lineRange(line, endLine)}
    </button>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
      <dd className="truncate font-mono text-sm">{children}</dd>
    </div>
  );
}

function InstructionRow({ ins, onReveal }: { ins: ViewInstruction; onReveal: Props['onReveal'] }) {
  const { t } = usePreferences();
  return (
    <tr className="border-t border-border align-top">
      <td className="py-1.5 pr-2 whitespace-nowrap">
        <LineButton line={ins.line} endLine={ins.endLine} onReveal={onReveal} label={t('modelLines')} />
      </td>
      <td className="py-1.5 pr-3 font-mono text-sm font-semibold whitespace-nowrap">
        {ins.keyword}
        {!ins.known && <span className="ml-1 text-xs font-normal text-sev-warning">({t('modelUnknownKeyword')})</span>}
      </td>
      <td className="min-w-0 py-1.5 text-sm">
        {ins.flags.length > 0 && (
          <span className="mr-2 inline-flex flex-wrap gap-1">
            {ins.flags.map((f, i) => (
              <code key={i} className="rounded bg-surface-2 px-1.5 text-xs">
                --{f.name}
                {f.value !== null ? `=${f.value}` : ''}
              </code>
            ))}
          </span>
        )}
        <code className="break-all font-mono text-muted">{ins.args}</code>
        {ins.commands.length > 1 && (
          <span className="mt-1 block text-xs text-muted">
            {ins.commands.map((c, i) => (
              <span key={i}>
                <code className="rounded bg-surface-2 px-1 text-fg">{c.name}</code>
                {c.op && i < ins.commands.length - 1 ? <span className="px-1">{c.op === '\n' ? '⏎' : c.op}</span> : ' '}
              </span>
            ))}
          </span>
        )}
      </td>
    </tr>
  );
}

function StageCard({ stage, stages, onReveal }: { stage: ViewStage; stages: ViewStage[]; onReveal: Props['onReveal'] }) {
  const { t } = usePreferences();
  const base = stage.baseStage !== null ? stages[stage.baseStage] : null;
  return (
    <article className="rounded-lg border border-border bg-surface" data-testid="stage">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-border px-4 py-3">
        <h4 className="font-semibold">{t('modelStage', { n: stage.index })}</h4>
        {stage.alias && <span className="rounded bg-surface-2 px-2 font-mono text-sm">AS {stage.alias}</span>}
        <code className="min-w-0 truncate font-mono text-sm text-muted">FROM {stage.image.raw}</code>
        <span className="ml-auto">
          <LineButton line={stage.line} endLine={stage.endLine} onReveal={onReveal} label={t('modelLines')} />
        </span>
      </header>
      <dl className="grid grid-cols-2 gap-3 px-4 py-3 sm:grid-cols-3">
        <Field label={t('modelBase')}>
          {stage.isScratch ? t('modelScratch') : base ? `${base.alias ?? base.index}` : [stage.image.registry, stage.image.repository].filter(Boolean).join('/')}
          {stage.image.unresolved && <span className="block text-xs text-sev-warning">⚠ {t('modelUnresolved')}</span>}
        </Field>
        <Field label={t('modelTag')}>{stage.image.tag ?? (stage.isScratch || base || stage.image.digest ? t('modelNone') : t('modelLatestImplied'))}</Field>
        <Field label={t('modelDigest')}>{stage.image.digest ? <span title={stage.image.digest}>{stage.image.digest}</span> : t('modelNone')}</Field>
        <Field label={t('modelPlatform')}>{stage.platform ?? t('modelNone')}</Field>
        <Field label={t('modelAlias')}>{stage.alias ?? t('modelNone')}</Field>
        {base && <Field label={t('modelBuildsOn')}>{`${base.index}${base.alias ? ` (${base.alias})` : ''}`}</Field>}
      </dl>
      {stage.instructions.length > 0 && (
        <div className="overflow-x-auto px-4 pb-3">
          <table className="w-full border-collapse">
            <caption className="sr-only">{t('modelInstructions')}</caption>
            <thead className="sr-only">
              <tr>
                <th>{t('modelLines')}</th>
                <th>{t('modelInstructions')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {stage.instructions.map((ins, i) => (
                <InstructionRow key={i} ins={ins} onReveal={onReveal} />
              ))}
            </tbody>
          </table>
          {stage.omittedInstructions > 0 && <p className="pt-2 text-sm text-muted">{t('modelMore', { n: stage.omittedInstructions })}</p>}
        </div>
      )}
    </article>
  );
}

function ModelView({ model, onReveal }: Props) {
  const { t } = usePreferences();
  return (
    <div className="flex flex-col gap-5" data-testid="model-view">
      {model.parseDiagnostics.length > 0 && (
        <section aria-labelledby="parse-problems">
          <h3 id="parse-problems" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
            {t('modelParseProblems')}
          </h3>
          <ul className="flex flex-col gap-2">
            {model.parseDiagnostics.slice(0, 200).map((d, i) => (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => onReveal(d.line, d.column, d.endLine, d.endColumn)}
                  className="flex w-full items-start gap-2 rounded-lg border border-border bg-surface p-3 text-left hover:border-accent"
                >
                  <SeverityIcon severity={d.severity} className="mt-0.5" />
                  <span>
                    <span className="mr-2 text-sm font-semibold">{t(`severity_${d.severity}`)}</span>
                    <CodeText text={d.message} />
                    <span className="ml-2 text-xs text-muted">{t('issuesLine', { line: d.line })}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.directives.length > 0 && (
        <section>
          <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('modelDirectives')}</h3>
          <ul className="flex flex-wrap gap-2">
            {model.directives.map((d, i) => (
              <li key={i} className="rounded bg-surface-2 px-2 py-1 font-mono text-sm">
                # {d.name}={d.value}
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.globalArgs.length > 0 && (
        <section>
          <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('modelGlobalArgs')}</h3>
          <ul className="flex flex-wrap gap-2">
            {model.globalArgs.map((a, i) => (
              <li key={i} className="rounded bg-surface-2 px-2 py-1 font-mono text-sm">
                ARG {a.name}
                {a.defaultValue !== null ? `=${a.defaultValue}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="mb-2 flex items-baseline gap-2 text-sm font-semibold uppercase tracking-wide text-muted">
          {t('modelStages')}
          <span className="rounded bg-surface-2 px-1.5 text-xs text-fg">{model.stages.length}</span>
          <span className="ml-auto text-xs font-normal normal-case tracking-normal">{t('modelLineCount', { n: model.lineCount.toLocaleString() })}</span>
        </h3>
        {model.stages.length === 0 ? (
          <EmptyState title={t('emptyModelTitle')} body={t('emptyModelBody')} />
        ) : (
          <div className="flex flex-col gap-4">
            {model.stages.map((s) => (
              <StageCard key={s.index} stage={s} stages={model.stages} onReveal={onReveal} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

export default memo(ModelView);
