#!/usr/bin/env node
// Extracts wheel sizes and runtime dependencies from uv.lock files of public repositories into
// scripts/data/python-wheels-uv-lock.json, which gen-python-packages.mjs merges into the estimator's
// table for the packages the shared data lacks. uv.lock records the exact byte size of every wheel.
// Usage: node scripts/extract-uv-lock-wheels.mjs sources.json   (entries: {repo, path, commit, file})
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sourcesFile = process.argv[2];
if (!sourcesFile) throw new Error('usage: extract-uv-lock-wheels.mjs sources.json');
const sources = JSON.parse(readFileSync(sourcesFile, 'utf8'));
const key = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');

/** Wheels for CPython on Linux x86-64, best first: what pip installs in a python:3.12 image. */
function rank(file) {
  if (/-none-any\.whl$/.test(file)) return 5;
  if (!/manylinux[^-]*x86_64/.test(file)) return -1;
  if (/-cp312-cp312-/.test(file)) return 10;
  if (/-cp313-cp313-/.test(file)) return 9;
  if (/-cp311-cp311-/.test(file)) return 8;
  if (/-abi3-/.test(file)) return 7;
  if (/-cp3\d+-cp3\d+-/.test(file)) return 6;
  return -1;
}

function parseLock(text) {
  const out = [];
  for (const block of text.split(/\n\[\[package\]\]\n/).slice(1)) {
    const main = block.split(/\n\[package\./)[0];
    const name = /^name = "([^"]+)"/m.exec(main)?.[1];
    const version = /^version = "([^"]+)"/m.exec(main)?.[1];
    if (!name || !version) continue;
    const depsBlock = /^dependencies = \[\n([\s\S]*?)\n\]/m.exec(main)?.[1] ?? '';
    // dependencies with a marker are for other platforms or older Pythons
    const deps = [...depsBlock.matchAll(/\{ name = "([^"]+)"(, [^}]*)? \}/g)].filter((m) => !/marker/.test(m[2] ?? '')).map((m) => key(m[1]));
    const wheels = [...main.matchAll(/url = "[^"]*\/([^/"]+\.whl)", hash = "[^"]+", size = (\d+)/g)].map((m) => ({ file: m[1], size: Number(m[2]) }));
    const best = wheels.map((w) => ({ ...w, r: rank(w.file) })).filter((w) => w.r >= 0).sort((a, b) => b.r - a.r)[0];
    const sdist = /sdist = \{ url = "[^"]*\/([^/"]+)", hash = "[^"]+", size = (\d+)/.exec(main);
    if (best) out.push({ name: key(name), version, wheelBytes: best.size, kind: /none-any/.test(best.file) ? 'p' : 'b', file: best.file, deps: [...new Set(deps)] });
    else if (sdist) out.push({ name: key(name), version, wheelBytes: Number(sdist[2]), kind: 's', file: sdist[1], deps: [...new Set(deps)] });
  }
  return out;
}

const packages = {};
const conflicts = [];
for (const src of sources) {
  const text = readFileSync(join(dirname(sourcesFile), src.file), 'utf8');
  for (const p of parseLock(text)) {
    const at = `${src.repo}/${src.path}@${(src.commit ?? 'unknown').slice(0, 12)}`;
    const seen = packages[p.name];
    if (seen && seen.version === p.version && seen.file === p.file && seen.wheelBytes !== p.wheelBytes) conflicts.push(`${p.name} ${p.version}: ${seen.wheelBytes} vs ${p.wheelBytes}`);
    // the newest version seen wins: it is what an unpinned install gets
    if (!seen || newer(p.version, seen.version)) packages[p.name] = { ...p, source: at };
  }
}
if (conflicts.length) throw new Error(`the same wheel has two sizes (a transcription error?): ${conflicts.join('; ')}`);

function newer(a, b) {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0), pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
}

const out = {
  _note: 'Wheel sizes (bytes, exact) and runtime dependencies of PyPI packages, as uv.lock files record them: the CPython 3.12 (else 3.13, 3.11, abi3) manylinux x86-64 wheel, or the pure-Python wheel; kind p = pure-Python, b = platform wheel, s = sdist only. Dependencies with an environment marker are left out.',
  source: 'uv.lock files of public GitHub repositories, listed in `sources` with their commits',
  collected: '2026-11-28',
  generator: 'scripts/extract-uv-lock-wheels.mjs',
  sources: sources.map(({ repo, path, commit }) => ({ repo, path, commit })),
  packages: Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b))),
};
const target = join(root, 'scripts/data/python-wheels-uv-lock.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${target}: ${Object.keys(packages).length} packages from ${sources.length} lock files`);
