/**
 * apt-get install sizes from the bundled Debian tables: the dependency closure (with or without
 * Recommends) of the requested packages on top of what the base image already has, summed
 * Installed-Size. Dependencies use the first alternative unless another is already present.
 */
import { aptTables, type AptSuite } from './data';
import { textMemo } from '../text-cache';

/** Installed-Size counts docs, man pages and locales that slim images exclude via dpkg config. */
export const SLIM_FRACTION = 0.9;
/** A package missing from the table (typo, third-party repo, non-Debian name): ~ median closure. */
export const UNKNOWN_PACKAGE_BYTES = 5_000_000;

const indexes = new WeakMap<AptSuite, Map<string, number>>();
/** name -> index, built once per table */
export function nameIndex(table: AptSuite): Map<string, number> {
  let m = indexes.get(table);
  if (!m) indexes.set(table, (m = new Map(table.names.map((n, i) => [n, i]))));
  return m;
}

export function aptSuite(suite: string): { name: string; table: AptSuite } {
  const name = /trixie|forky|sid|resolute|questing/.test(suite) && aptTables.trixie ? 'trixie' : 'bookworm';
  return { name, table: (aptTables[name] ?? aptTables.bookworm)! };
}

/** What a stage has installed: the packages, and an id that always means the same packages. */
export interface InstalledPackages {
  packages: Set<number>;
  /** equal ids mean equal package sets (the same base sets, then the same installs in order) */
  id: number;
}

let lastId = 0;
const baseSets = new WeakMap<AptSuite, Map<string, { packages: Set<number>; id: number }>>();

/** Package indexes that a base image's package sets contain (a new set: installs add to it). */
export function baseInstalled(table: AptSuite, sets: string[]): InstalledPackages {
  let byKey = baseSets.get(table);
  if (!byKey) baseSets.set(table, (byKey = new Map()));
  const key = sets.join('\n');
  let base = byKey.get(key);
  if (!base) {
    const packages = new Set<number>();
    for (const name of sets) for (const i of table.bases[name] ?? []) packages.add(i);
    byKey.set(key, (base = { packages, id: ++lastId }));
  }
  return { packages: new Set(base.packages), id: base.id };
}

/** Bytes a package adds: its measured slim size on slim images, else Installed-Size (x SLIM_FRACTION). */
export function packageBytes(table: AptSuite, i: number, docs: boolean): number {
  if (docs) return table.size[i] * 1024;
  const slim = table.slim?.[i] ?? -1;
  return slim >= 0 ? slim * 1024 : table.size[i] * 1024 * SLIM_FRACTION;
}

/** Installed bytes of the named packages alone (not their dependencies); unknown names count nothing. */
export function namedPackagesBytes(table: AptSuite, names: readonly string[], docs: boolean): number {
  const index = nameIndex(table);
  let bytes = 0;
  for (const n of names) {
    const i = index.get(n);
    if (i !== undefined) bytes += packageBytes(table, i, docs);
  }
  return bytes;
}

export interface AptResult {
  /** bytes with docs (Installed-Size); see `slimBytes` for slim images */
  bytes: number;
  slimBytes: number;
  /** newly installed package names, biggest first */
  added: string[];
  /** requested names the table lacks (counted with UNKNOWN_PACKAGE_BYTES) */
  unknown: string[];
}

/**
 * Installs `names` onto `installed` (mutated: the new packages are added, so later RUNs of the
 * same stage see them). Returns the bytes the install adds (Installed-Size, KiB -> bytes).
 */
export function aptInstall(table: AptSuite, installed: InstalledPackages, names: string[], withRecommends: boolean): AptResult {
  const slot = rememberedInstall(`${tableId(table)}\u0000${installed.id}\u0000${withRecommends ? 'r' : '-'}${names.join(' ')}`);
  if (slot.done) {
    for (const i of slot.done.added) installed.packages.add(i);
    installed.id = slot.done.id;
    return slot.done.result;
  }
  const { added, unknown } = closure(table, installed.packages, names, withRecommends);
  const extra = unknown.length * UNKNOWN_PACKAGE_BYTES;
  const bytes = added.reduce((s, i) => s + packageBytes(table, i, true), 0) + extra;
  const slimBytes = added.reduce((s, i) => s + packageBytes(table, i, false), 0) + extra;
  added.sort((a, b) => table.size[b] - table.size[a]);
  const result = { bytes, slimBytes, added: added.map((i) => table.names[i]), unknown };
  installed.id = ++lastId;
  slot.done = { added, id: installed.id, result };
  return result;
}

/**
 * The estimator walks every stage again on each keystroke and the optimizer once per pass, while
 * most stages install the same packages onto the same base as last time: installs are remembered
 * by the table, what was installed before (its id), the names and the recommends switch.
 */
const rememberedInstall = textMemo((_key: string): { done: { added: number[]; id: number; result: AptResult } | null } => ({ done: null }), 4096, 1_000_000);

const tableIds = new WeakMap<AptSuite, number>();
function tableId(table: AptSuite): number {
  let id = tableIds.get(table);
  if (id === undefined) tableIds.set(table, (id = ++lastId));
  return id;
}

/** The dependency closure of `names` not yet in `installed` (which it extends). */
function closure(table: AptSuite, installed: Set<number>, names: string[], withRecommends: boolean): { added: number[]; unknown: string[] } {
  const index = nameIndex(table);
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
  // a relation is a package or a list of alternatives: the first is taken unless one is present
  const follow = (rel: number | number[]): void => {
    if (typeof rel === 'number') {
      if (!installed.has(rel) && !wanted.has(rel)) todo.push(rel);
    } else if (!rel.some((a) => installed.has(a) || wanted.has(a))) todo.push(rel[0]);
  };
  while (todo.length) {
    const i = todo.pop()!;
    if (installed.has(i)) continue;
    installed.add(i);
    added.push(i);
    for (const rel of table.dep[i]) follow(rel);
    if (withRecommends) for (const rel of table.rec[i]) follow(rel);
  }
  return { added, unknown };
}
