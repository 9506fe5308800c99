/** Turns the library's AnalysisResult into the small, clone-safe ViewResult (see protocol.ts). */
import type { OptimizeResult } from '@/lib/optimize/types';
import type { AnalysisResult } from '@/lib/types';
import type { Instruction } from '@/lib/model/types';
import type { ViewInstruction, ViewResult, ViewStage } from './protocol';

/** Caps chosen so a 10,000-line paste still answers in a few hundred KB. */
const MAX_INSTRUCTIONS_PER_STAGE = 400;
const MAX_ARGS_CHARS = 160;
const MAX_COMMANDS = 24;
// more findings than a person reads; each one costs a marker and a list row on the main thread
const MAX_DIAGNOSTICS = 500;

function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

function toViewInstruction(ins: Instruction): ViewInstruction {
  const commands: ViewInstruction['commands'] = [];
  for (const embedded of ins.scripts ?? []) {
    for (const cmd of embedded.script.commands) {
      if (commands.length >= MAX_COMMANDS) break;
      const sub = cmd.args.find((a) => !a.startsWith('-'));
      commands.push({ name: sub && /^(apt-get|apt|apk|yum|dnf|npm|pip|pip3|yarn|pnpm|go|cargo)$/.test(cmd.base) ? `${cmd.base} ${sub}` : cmd.base, op: cmd.nextOperator });
    }
  }
  return {
    keyword: ins.keyword,
    known: ins.known,
    line: ins.span.start.line,
    endLine: ins.span.end.line,
    form: ins.form,
    flags: ins.flags.map((f) => ({ name: f.name, value: f.value === null ? null : shorten(f.value, 80) })),
    args: shorten(ins.argsText ?? '', MAX_ARGS_CHARS),
    commands: commands.filter((c) => c.name !== ''),
    heredocs: ins.heredocs.length,
  };
}

export function toViewResult(result: AnalysisResult): ViewResult {
  const { model } = result;
  const stages: ViewStage[] = model.stages.map((stage) => ({
    index: stage.index,
    alias: stage.name,
    image: {
      raw: stage.image.raw,
      resolved: stage.image.resolved,
      registry: stage.image.registry,
      repository: stage.image.repository,
      tag: stage.image.tag,
      digest: stage.image.digest,
      unresolved: stage.image.unresolved,
    },
    platform: stage.platform,
    baseStage: stage.baseStage,
    isScratch: stage.isScratch,
    line: stage.span.start.line,
    endLine: stage.span.end.line,
    instructions: stage.instructions.slice(0, MAX_INSTRUCTIONS_PER_STAGE).map(toViewInstruction),
    omittedInstructions: Math.max(0, stage.instructions.length - MAX_INSTRUCTIONS_PER_STAGE),
  }));
  return {
    model: {
      lineCount: model.lines.length,
      directives: model.directives.map((d) => ({ name: d.name, value: d.value, line: d.span.start.line })),
      globalArgs: model.globalArgs.map((a) => ({ name: a.name, defaultValue: a.defaultValue, line: a.instruction.span.start.line })),
      stages,
      parseDiagnostics: model.parseDiagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => ({
        message: d.message,
        severity: d.severity,
        line: d.span.start.line,
        column: d.span.start.column,
        endLine: d.span.end.line,
        endColumn: d.span.end.column,
      })),
      truncated: model.truncated,
    },
    // Drop `span` (offsets the page does not need); fixes are plain data and stay.
    diagnostics: result.diagnostics.slice(0, MAX_DIAGNOSTICS).map(({ span: _span, ...rest }) => rest),
    omittedDiagnostics: Math.max(0, result.diagnostics.length - MAX_DIAGNOSTICS),
    layers: result.layers,
    image: result.image,
    size: result.size,
    optimized: (result.optimized as OptimizeResult | null) ?? null,
    notice: result.notice,
    timings: result.timings,
  };
}
