/** Byte units and formatting (decimal, as `docker images` and dive print). */
export const KB = 1_000;
export const MB = 1_000_000;
export const GB = 1_000_000_000;

export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= GB) return `${(bytes / GB).toFixed(abs >= 10 * GB ? 0 : 1)} GB`;
  if (abs >= MB) return `${(bytes / MB).toFixed(abs >= 100 * MB ? 0 : abs >= 10 * MB ? 0 : 1)} MB`;
  if (abs >= KB) return `${Math.round(bytes / KB)} kB`;
  return `${Math.round(bytes)} B`;
}
