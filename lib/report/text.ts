import type { FileResult, Severity } from '../types';
import { formatBytes } from './bytes';

export interface TextOptions {
  color: boolean;
}

const SEVERITY_STYLE: Record<Severity, string> = { error: '31;1', warning: '33', info: '36', style: '35' };

/** Human-readable report: one line per finding, then a compact layer table when sizes are known. */
export function renderText(files: FileResult[], opts: TextOptions): string {
  const paint = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const code = d.aliases.length ? `${d.aliases[0]} ` : '';
      out.push(
        `${paint('1', `${f.path}:${d.line}:${d.column}`)} ${paint(SEVERITY_STYLE[d.severity], d.severity)} ${paint('2', code + d.rule)}: ${oneLine(d.message)}`,
      );
    }
    if (f.layers.length) out.push(...layerTable(f, paint));
    if (files.length > 1 || f.diagnostics.length === 0) {
      const n = f.diagnostics.length;
      out.push(paint('2', `${f.path}: ${n === 0 ? 'no issues' : n === 1 ? '1 issue' : `${n} issues`}`));
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function layerTable(f: FileResult, paint: (c: string, s: string) => string): string[] {
  const rows = [paint('1', `\n${f.path}: estimated layers`)];
  for (const l of f.layers) {
    const size = formatBytes(l.bytes).padStart(9);
    const ship = l.shipped ? ' ' : paint('2', '~');
    const waste = l.wastedBytes > 0 ? paint('33', ` (${formatBytes(l.wastedBytes)} wasted)`) : '';
    rows.push(`  ${ship} ${size}  ${String(l.line).padStart(4)} ${l.instruction.padEnd(5)} ${oneLine(l.why)}${waste}`);
  }
  if (f.image) {
    rows.push(
      paint('1', `  image ${formatBytes(f.image.bytes)} (${formatBytes(f.image.low)}-${formatBytes(f.image.high)}), pull ${formatBytes(f.image.compressedBytes)} compressed`),
    );
  }
  if (f.layers.some((l) => !l.shipped)) rows.push(paint('2', '  ~ = build stage that does not ship'));
  return rows;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
