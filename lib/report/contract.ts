import type { AnalysisResult, FileResult } from '../types';

/** The per-file object of `--format json`: the stable contract other tools read (see README). */
export function toFileResult(path: string, result: AnalysisResult): FileResult {
  return {
    path,
    diagnostics: result.diagnostics.map((d) => ({
      rule: d.rule,
      aliases: d.aliases,
      severity: d.severity,
      category: d.category,
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fixable: d.fixable,
    })),
    layers: result.layers,
    image: result.image,
    optimized: result.optimized
      ? { dockerfile: result.optimized.dockerfile, changes: result.optimized.changes, image: result.optimized.image }
      : null,
  };
}

export const JSON_CONTRACT_VERSION = 1;

export function renderJson(files: FileResult[]): string {
  return JSON.stringify({ version: JSON_CONTRACT_VERSION, files }, null, 2) + '\n';
}
