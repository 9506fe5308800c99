/** apk add sizes from the bundled Alpine table: closure over listed dependencies. */
import { alpineTable } from './data';

/** A package the table lacks: a small library or tool. */
export const UNKNOWN_APK_BYTES = 2_000_000;

export function apkAdd(names: string[], installed: Set<string>): { bytes: number; count: number; unknown: string[]; top: string } {
  let bytes = 0, count = 0;
  const unknown: string[] = [];
  let top = '', topBytes = -1;
  const visit = (n: string): number => {
    if (installed.has(n)) return 0;
    installed.add(n);
    count++;
    const row = alpineTable.pkgs[n];
    if (!row) unknown.push(n);
    let own = row ? row[0] : UNKNOWN_APK_BYTES;
    bytes += own;
    for (const d of row?.[1] ?? []) own += visit(d);
    return own;
  };
  for (const raw of names) {
    const n = raw.replace(/[=<>~].*$/, '');
    const own = visit(n);
    if (own > topBytes) { topBytes = own; top = n; }
  }
  return { bytes, count, unknown, top };
}

export function alpineBaseline(): Set<string> {
  return new Set(alpineTable.alpineBaseline);
}
