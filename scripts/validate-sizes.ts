/**
 * Compares the layer estimator with measurements made on a real Debian slim root
 * (lib/data/size-measurements.json, see scripts/measure-apt-sets.sh) and, leave-one-out, the
 * base-image fallback with the repo-info rows. Prints the error distribution.
 * Usage: npm run validate-sizes
 */
import { readFileSync } from 'node:fs';
import { parseDockerfile } from '../lib/model/parse';
import { estimateImage } from '../lib/size/estimate';
import { lookupBaseImage } from '../lib/size/base-image';
import { baseImages } from '../lib/size/data';
import { formatBytes } from '../lib/size/units';

const root = new URL('..', import.meta.url).pathname;
const [note, data] = JSON.parse(readFileSync(`${root}lib/data/size-measurements.json`, 'utf8'));
const listsBy: Record<string, number> = { bookworm: note.aptLists.lz4Bytes, trixie: note.aptLists.lz4Trixie };

interface Row { label: string; est: number; real: number }
const rows: Row[] = [];
for (const s of data.sets as { suite: string; packages: string[]; noRecommends: boolean; bytes: number }[]) {
  const lists = listsBy[s.suite];
  const from = `FROM debian:${s.suite}-slim`;
  const flags = s.noRecommends ? '--no-install-recommends ' : '';
  const pk = s.packages.join(' ');
  const label = `${s.suite === 'bookworm' ? '' : `${s.suite}: `}${s.noRecommends ? '-n ' : ''}${pk}`;
  // 1. lists cleaned in the same RUN: the layer is the install alone
  const same = estimateImage(parseDockerfile(`${from}\nRUN apt-get update && apt-get install -y ${flags}${pk} && rm -rf /var/lib/apt/lists/*\n`));
  rows.push({ label: `${label} [clean same RUN]`, est: same.layers[1].bytes, real: s.bytes });
  // 2. lists not cleaned, or cleaned in a later RUN (still in the install layer): + measured lists
  const later = estimateImage(parseDockerfile(`${from}\nRUN apt-get update && apt-get install -y ${flags}${pk}\nRUN rm -rf /var/lib/apt/lists/*\n`));
  rows.push({ label: `${label} [clean later RUN]`, est: later.layers[1].bytes, real: s.bytes + lists });
}

function report(title: string, rs: Row[], within: number): void {
  const ratios = rs.map((r) => r.est / r.real);
  const sorted = [...ratios].sort((a, b) => a - b);
  const ok = ratios.filter((x) => x <= within && x >= 1 / within).length;
  console.log(`\n${title}: ${rs.length} cases`);
  for (const r of rs) {
    const q = r.est / r.real;
    console.log(`  ${(q <= within && q >= 1 / within ? ' ' : '!')} ${q.toFixed(2).padStart(5)}  est ${formatBytes(r.est).padStart(7)}  measured ${formatBytes(r.real).padStart(7)}  ${r.label}`);
  }
  const median = sorted[sorted.length >> 1];
  const p = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))];
  console.log(`  ratio estimate/measured: median ${median?.toFixed(2)}, p10 ${p(0.1)?.toFixed(2)}, p90 ${p(0.9)?.toFixed(2)}; within ${within}x: ${ok}/${rs.length} (${((100 * ok) / Math.max(1, rs.length)).toFixed(0)}%)`);
}

report('apt-get install layers on Debian slim roots', rows, 1.5);

// Base-image fallback, leave-one-out: hide each measured row and estimate it from the others.
const base: Row[] = [];
for (const [name, row] of Object.entries(baseImages.images)) {
  if (row.k !== 'known' || !name.includes(':')) continue;
  const i = name.lastIndexOf(':');
  delete baseImages.images[name];
  const [repository, tag] = [name.slice(0, i), name.slice(i + 1)];
  const b = lookupBaseImage({ registry: null, repository, tag });
  baseImages.images[name] = row;
  base.push({ label: `${name} (as ${b.matched ?? 'guess'})`, est: b.bytes, real: row.u });
}
report('base images, each estimated with its own row hidden (leave-one-out)', base, 1.25);
