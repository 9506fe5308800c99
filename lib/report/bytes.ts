/** Decimal units, as `docker images` and dive print sizes (1 MB = 1,000,000 bytes). */
export const KB = 1_000;
export const MB = 1_000_000;
export const GB = 1_000_000_000;

/** `1.1 GB`, `990 MB`, `4 kB`; negative sizes (a change that adds bytes) keep their sign. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '0 B';
  const abs = Math.abs(bytes);
  if (abs >= GB) return `${(bytes / GB).toFixed(abs >= 10 * GB ? 0 : 1)} GB`;
  if (abs >= MB) return `${(bytes / MB).toFixed(abs >= 10 * MB ? 0 : 1)} MB`;
  if (abs >= KB) return `${Math.round(bytes / KB)} kB`;
  return `${Math.round(bytes)} B`;
}

/**
 * `12,345`: digits grouped by thousands. The first toLocaleString in a process loads ICU's locale
 * data (about 20 ms here), which a one-file CLI run would pay for a single count.
 */
export function groupThousands(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Parses `250MB`, `1.5 GB`, `800k`, `1048576` (bytes) into bytes; null when not a size. */
export function parseBytes(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const binary = unit.includes('i');
  const base = binary ? 1024 : 1000;
  const power = { '': 0, b: 0, k: 1, m: 2, g: 3, t: 4 }[unit.replace(/i?b$/, '').replace('i', '') || ''] ?? 0;
  const v = n * base ** power;
  return Number.isFinite(v) ? Math.round(v) : null;
}
