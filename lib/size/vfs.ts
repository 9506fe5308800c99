/**
 * A coarse virtual filesystem per stage: path prefix -> bytes, with the layer that wrote them.
 * Enough to size `COPY --from=stage <path>` by what wrote under that path, and to count dive's
 * wasted bytes (written in one layer, then deleted, overwritten or re-permissioned later).
 */
export interface VfsEntry {
  path: string;
  bytes: number;
  low: number;
  high: number;
  /** global index of the layer that wrote it */
  layer: number;
  label: string;
  /** what wrote it: the base image, a context copy, a RUN, a copy from another stage */
  origin?: 'base' | 'context' | 'run' | 'stage';
}

export function normPath(p: string, cwd = '/'): string {
  let s = p.replace(/\/\*+$/, '').replace(/\/\.$/, '');
  if (!s.startsWith('/')) s = `${cwd.replace(/\/$/, '')}/${s.replace(/^\.\//, '')}`;
  const out: string[] = [];
  for (const part of s.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export const isUnder = (path: string, prefix: string): boolean =>
  prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);

export interface Removal {
  /** bytes removed that this same layer wrote (they never reach the layer) */
  sameLayer: number;
  sameLayerLow: number;
  sameLayerHigh: number;
  /** bytes removed per earlier layer (dive's wasted space) */
  earlier: Map<number, number>;
}

export class Vfs {
  entries: VfsEntry[] = [];

  clone(): Vfs {
    const v = new Vfs();
    v.entries = this.entries.map((e) => ({ ...e }));
    return v;
  }

  add(e: VfsEntry): void {
    if (e.bytes > 0 || e.high > 0) this.entries.push(e);
  }

  /** Deletes everything under `prefix` (rm -rf, or a later write replacing it). */
  remove(prefix: string, layer: number): Removal {
    const r: Removal = { sameLayer: 0, sameLayerLow: 0, sameLayerHigh: 0, earlier: new Map() };
    this.entries = this.entries.filter((e) => {
      if (!isUnder(e.path, prefix)) return true;
      if (e.layer === layer) {
        r.sameLayer += e.bytes;
        r.sameLayerLow += e.low;
        r.sameLayerHigh += e.high;
      } else r.earlier.set(e.layer, (r.earlier.get(e.layer) ?? 0) + e.bytes);
      return false;
    });
    return r;
  }

  /** Entries under `prefix` (and whether something broader covers it: the base image or a tree). */
  under(prefix: string): { bytes: number; low: number; high: number; labels: string[]; covering: VfsEntry[] } {
    let bytes = 0, low = 0, high = 0;
    const labels: string[] = [];
    const covering: VfsEntry[] = [];
    for (const e of this.entries) {
      if (isUnder(e.path, prefix)) {
        bytes += e.bytes; low += e.low; high += e.high;
        labels.push(e.label);
      } else if (isUnder(prefix, e.path)) covering.push(e);
    }
    return { bytes, low, high, labels, covering };
  }

  total(): number {
    return this.entries.reduce((s, e) => s + e.bytes, 0);
  }
}
