/** One analysed file's cost, as `layerlab --timings` measures it. */
export interface FileTiming {
  path: string;
  lines: number;
  ms: number;
}

/** The benchmark's size classes: files up to this many lines are the editor's case; longer ones are reported apart. */
export const TYPICAL_MAX_LINES = 300;

const quantile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v.toFixed(1));

function group(label: string, list: readonly FileTiming[]): string[] {
  if (!list.length) return [];
  const sorted = list.map((f) => f.ms).sort((a, b) => a - b);
  const slowest = list.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    `${label}: ${list.length} file${list.length === 1 ? '' : 's'}, median ${ms(quantile(sorted, 0.5))} ms, p90 ${ms(quantile(sorted, 0.9))} ms, p99 ${ms(quantile(sorted, 0.99))} ms`,
    `  slowest ${ms(slowest.ms)} ms: ${slowest.path} (${slowest.lines} lines)`,
  ];
}

/**
 * The per-file analysis times as text for stderr, files up to 300 lines apart from longer ones
 * (their cost grows with their length, so one figure would mislead). A fresh process pays for
 * compiling the analyser on its first files; the figures include that, as a CI job would.
 */
export function renderTimings(list: readonly FileTiming[]): string {
  if (!list.length) return 'timings: no file was analysed\n';
  const small = list.filter((f) => f.lines <= TYPICAL_MAX_LINES);
  const large = list.filter((f) => f.lines > TYPICAL_MAX_LINES);
  const total = list.reduce((a, f) => a + f.ms, 0);
  const lines = [
    `timings (full analysis: parse, rules, sizes, optimizer; reading and printing not counted): ${ms(total)} ms for ${list.length} file${list.length === 1 ? '' : 's'}`,
    ...group(`up to ${TYPICAL_MAX_LINES} lines`, small),
    ...group(`over ${TYPICAL_MAX_LINES} lines`, large),
  ];
  return `${lines.join('\n')}\n`;
}
