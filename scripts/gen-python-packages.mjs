#!/usr/bin/env node
// Derives lib/data/python-packages.json from ../shared/data/python-packages.json (wheel sizes
// from pip logs and lock files). Installed size = wheel size x an expansion factor by kind of
// wheel (wheels are deflate zips; installing also writes .pyc files): the factors are stated in
// the table note so the estimator applies them, not this script.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const input = process.argv[2] ?? `${root}../shared/data/python-packages.json`;
const output = process.argv[3] ?? `${root}lib/data/python-packages.json`;
const rows = JSON.parse(readFileSync(input, 'utf8')).filter((e) => e.name);
const kindOf = (e) => (e.distKind === 'sdist' ? 's' : /none-any/.test(e.wheelFile ?? '') ? 'p' : e.wheelFile ? 'b' : 'b');
const pkgs = {};
const key = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');
for (const e of rows) {
  const k = key(e.name) + (e.variant ? `@${e.variant.split(' ')[0]}` : '');
  if (e.wheelBytes == null) continue;
  pkgs[k] = [e.wheelBytes, kindOf(e), (e.deps ?? []).map((d) => key(d.replace(/\s*\(.*\)/, '')))];
  for (const d of e.depsDetail ?? []) {
    const dk = key(d.name);
    if (!pkgs[dk] && d.wheelBytes) pkgs[dk] = [d.wheelBytes, 'b', []];
  }
}
// wheels recorded in uv.lock files fill in the packages the shared data does not list (Flask's,
// Django's and FastAPI's dependencies, mostly); the shared data wins where both have a package
const lockFile = `${root}scripts/data/python-wheels-uv-lock.json`;
const locks = JSON.parse(readFileSync(lockFile, 'utf8'));
const fromShared = new Set(Object.keys(pkgs).map((k) => k.split('@')[0]));
const tail = [];
for (const [name, p] of Object.entries(locks.packages)) {
  if (fromShared.has(name)) continue;
  pkgs[name] = [p.wheelBytes, p.kind, p.deps];
  tail.push(p.wheelBytes);
}
// an unlisted package is sized at the mean wheel of the listed long tail: sums over many
// unlisted packages then come out right on average, big ones included
const unknownWheelBytes = Math.round(tail.reduce((a, b) => a + b, 0) / Math.max(1, tail.length) / 1000) * 1000;

const out = [
  {
    _note: 'Python distributions: [wheelBytes, kind (b = platform wheel, p = pure-Python wheel, s = sdist), direct deps]. Installed bytes = wheelBytes x expansion[kind] (range in expansionRange). Variants are name@variant (torch@cpu, torch@cuda-cu128).',
    source: `shared/data/python-packages.json (pip download logs, uv.lock and wheel manifests in public repositories; collected 2026-11-28), and for ${tail.length} more packages the exact wheel sizes in ${locks.sources.length} uv.lock files (scripts/data/python-wheels-uv-lock.json: ${locks.sources.map((x) => x.repo).join(', ')}). Expansion factors: typical installed/wheel ratios recalled from common installs (scipy ~3x, torch CPU ~3.7x, tensorflow ~3.8x, pandas ~5x for platform wheels; pure-Python wheels deflate ~4:1 and pip adds .pyc, botocore ~7x), a modelling assumption with wide ranges, not measured here (PyPI is not reachable from the generating machine).`,
    collected: '2026-11-28',
    generator: 'scripts/gen-python-packages.mjs',
    fields: { expansion: 'installed/wheel by kind', unknownWheelBytes: 'wheel size assumed for an unlisted package: the mean wheel of the packages only the uv.lock files list' },
  },
  { expansion: { b: 3.2, p: 4.0, s: 3.0 }, expansionRange: { b: [2, 5], p: [2.5, 8], s: [1.5, 6] }, unknownWheelBytes, pkgs },
];
const json = JSON.stringify(out);
writeFileSync(output, json + '\n');
console.log(`${output}: ${Object.keys(pkgs).length} packages, ${json.length} bytes`);
