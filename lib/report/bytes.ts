/** Decimal units, as `docker images` prints sizes (1 MB = 1,000,000 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '0 B';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  const digits = u === 0 ? 0 : v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return `${v.toFixed(digits)} ${units[u]}`;
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
