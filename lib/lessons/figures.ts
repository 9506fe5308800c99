/**
 * Real figures for a lesson, computed with the analysis library at build time (the lesson pages
 * are server components, so this costs the reader no JavaScript).
 */
import { analyze } from '../analyze';
import type { Diagnostic, ImageEstimate, OptimizationChange, Severity } from '../types';
import type { LessonMeta } from './types';

export interface ExampleFigures {
  image: ImageEstimate | null;
  /** bytes of the shipped base image layers (FROM), for what tags share in a registry */
  baseBytes: number;
  diagnostics: Pick<Diagnostic, 'rule' | 'severity' | 'message' | 'line'>[];
  parseErrors: number;
  optimized: { dockerfile: string; image: ImageEstimate | null; changes: OptimizationChange[] } | null;
}

export interface LessonFigures {
  before: ExampleFigures;
  after: ExampleFigures;
  alternatives: ExampleFigures[];
  /** 0..1, how much smaller the after image is than the before image (negative when larger) */
  reduction: number | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3 };

export function exampleFigures(text: string): ExampleFigures {
  const r = analyze(text);
  const baseBytes = r.layers.filter((l) => l.shipped && l.instruction === 'FROM').reduce((a, l) => a + l.bytes, 0);
  const diagnostics = [...r.diagnostics]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line)
    .map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, line: d.line }));
  return {
    image: r.image,
    baseBytes,
    diagnostics,
    parseErrors: r.model.parseDiagnostics.length,
    optimized: r.optimized ? { dockerfile: r.optimized.dockerfile, image: r.optimized.image, changes: r.optimized.changes } : null,
  };
}

export function reduction(before: ImageEstimate | null, after: ImageEstimate | null): number | null {
  if (!before || !after || before.bytes <= 0) return null;
  return 1 - after.bytes / before.bytes;
}

const cache = new Map<string, LessonFigures>();

export function lessonFigures(meta: LessonMeta): LessonFigures {
  const hit = cache.get(meta.id);
  if (hit) return hit;
  const before = exampleFigures(meta.before.dockerfile);
  const after = exampleFigures(meta.after.dockerfile);
  const figures: LessonFigures = {
    before,
    after,
    alternatives: meta.alternatives.map((a) => exampleFigures(a.dockerfile)),
    reduction: reduction(before.image, after.image),
  };
  cache.set(meta.id, figures);
  return figures;
}
