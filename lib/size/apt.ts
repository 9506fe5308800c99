/**
 * apt-get install sizes from the bundled Debian tables: the dependency closure (with or without
 * Recommends) of the requested packages on top of what the base image already has, summed
 * Installed-Size. Dependencies use the first alternative unless another is already present.
 */
import { aptTables, type AptSuite } from './data';

/** Installed-Size counts docs, man pages and locales that slim images exclude via dpkg config. */
export const SLIM_FRACTION = 0.9;
/** A package missing from the table (typo, third-party repo, non-Debian name): ~ median closure. */
export const UNKNOWN_PACKAGE_BYTES = 5_000_000;

export function aptSuite(suite: string): { name: string; table: AptSuite } {
  const name = /trixie|forky|sid|resolute|questing/.test(suite) && aptTables.trixie ? 'trixie' : 'bookworm';
  return { name, table: (aptTables[name] ?? aptTables.bookworm)! };
}

/** Package indexes that a base image's package sets contain. */
export function baseInstalled(table: AptSuite, sets: string[]): Set<number> {
  const s = new Set<number>();
  for (const name of sets) for (const i of table.bases[name] ?? []) s.add(i);
  return s;
}

export interface AptResult {
  bytes: number;
  /** newly installed package names, biggest first */
  added: string[];
  /** the single biggest requested package with its closure share */
  unknown: string[];
}

/**
 * Installs `names` onto `installed` (mutated: the new packages are added, so later RUNs of the
 * same stage see them). Returns the bytes the install adds (Installed-Size, KiB -> bytes).
 */
export function aptInstall(table: AptSuite, installed: Set<number>, names: string[], withRecommends: boolean): AptResult {
  const index = new Map(table.names.map((n, i) => [n, i]));
  const resolve = (n: string): number | undefined => index.get(n.replace(/[:=].*$/, '')) ?? table.virtual[n];
  const unknown: string[] = [];
  const wanted = new Set<number>();
  for (const n of names) {
    const i = resolve(n);
    if (i === undefined) unknown.push(n);
    else wanted.add(i);
  }
  const added: number[] = [];
  const todo = [...wanted];
  while (todo.length) {
    const i = todo.pop()!;
    if (installed.has(i)) continue;
    installed.add(i);
    added.push(i);
    const rels = withRecommends ? [...table.dep[i], ...table.rec[i]] : table.dep[i];
    for (const rel of rels) {
      const alts = Array.isArray(rel) ? rel : [rel];
      if (alts.some((a) => installed.has(a) || wanted.has(a))) continue;
      todo.push(alts[0]);
    }
  }
  const bytes = added.reduce((s, i) => s + table.size[i] * 1024, 0) + unknown.length * UNKNOWN_PACKAGE_BYTES;
  added.sort((a, b) => table.size[b] - table.size[a]);
  return { bytes, added: added.map((i) => table.names[i]), unknown };
}
