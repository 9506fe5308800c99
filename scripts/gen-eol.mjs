#!/usr/bin/env node
// Derives lib/data/eol.json (compact, shipped to the browser) from ../shared/data/eol.json: the
// end-of-life table of runtimes and distributions used as base images. Keeps, per product, the
// release lines with their release and end-of-life dates, the source pages and the date the data
// was collected, so the base-image-end-of-life rule can cite where a date comes from.
// Usage: node scripts/gen-eol.mjs [input] [output]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const input = process.argv[2] ?? `${root}../shared/data/eol.json`;
const output = process.argv[3] ?? `${root}lib/data/eol.json`;

if (!existsSync(input)) {
  console.error(`gen-eol: ${input} not found; lib/data/eol.json left as it is.`);
  process.exit(1);
}

const [meta, ...rows] = JSON.parse(readFileSync(input, 'utf8'));
const products = {};
for (const r of rows) {
  if (!r.product || !r.cycle) continue;
  const p = (products[r.product] ??= { sources: [], cycles: [] });
  if (r.source && !p.sources.includes(r.source)) p.sources.push(r.source);
  const c = { c: String(r.cycle), r: r.releaseDate ?? null, e: r.eol ?? null };
  // fields that the rule uses to map tags: Debian version numbers, Ubuntu codenames, LTS lines
  if (r.version) c.v = String(r.version);
  if (r.codename) c.n = r.codename;
  if (r.lts === true) c.lts = true;
  if (r.eolAtLeast) c.atLeast = r.eolAtLeast;
  // Debian LTS (free, run by the Debian LTS team) keeps patching a release after regular support
  if (r.ltsEnd) c.le = r.ltsEnd;
  p.cycles.push(c);
}

const out = [
  {
    _note:
      'End-of-life dates of base-image runtimes and distributions. Per product: sources, and cycles with c = release line, r = first release date, e = end of life (null = still supported or unknown), v = version number (Debian), n = codename (Ubuntu), lts, le = end of Debian LTS (security fixes continue until then), atLeast = EOL given only as "at least". Dates are YYYY-MM-DD or YYYY-MM.',
    source: 'shared/data/eol.json (' + (meta._note ?? 'end-of-life dates') + ')',
    collected: meta.collected ?? null,
    generator: 'scripts/gen-eol.mjs',
    policies: meta.policies ?? {},
  },
  { products },
];
writeFileSync(output, JSON.stringify(out) + '\n');
console.log(`gen-eol: ${rows.length} cycles of ${Object.keys(products).length} products -> ${output}`);
