#!/usr/bin/env node
// Generates lib/data/apt-packages.json from the real Debian package indices that apt keeps on
// this machine (bookworm: /var/lib/apt/lists; trixie: a private lists dir made with
// `apt-get -o Dir::State::Lists=... update`, see --trixie-lists). Records, for the packages that
// Dockerfiles install most and everything reachable from them: Installed-Size (KiB) and the
// first resolvable alternative of Pre-Depends+Depends and Recommends. Usage:
//   node scripts/gen-apt-packages.mjs [--trixie-lists DIR] [--out lib/data/apt-packages.json]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS, BUILDPACK_CURL, BUILDPACK_SCM, BUILDPACK_FULL, PYTHON_SLIM, NODE_SLIM } from './apt-seeds.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const out = opt('--out', new URL('../lib/data/apt-packages.json', import.meta.url).pathname);
// Optional: a directory of .deb files (scripts/fetch-apt-debs.sh) to measure each package's size
// on a slim image, where dpkg skips docs, man pages and translations.
const debDirs = { bookworm: opt('--debs', '/tmp/ll-debs'), trixie: opt('--trixie-debs', '/tmp/ll-debs-trixie') };
const dists = {
  bookworm: opt('--bookworm-lists', '/var/lib/apt/lists'),
  trixie: opt('--trixie-lists', new URL('../scratch/apt/trixie/lists', import.meta.url).pathname),
};

/** Reads the Debian (deb.debian.org) Packages indices of one suite; later files override. */
function readIndex(dir, suite) {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('deb.debian.org') && f.includes(`_dists_${suite}`) && /Packages(\.lz4|\.gz|\.xz)?$/.test(f))
    .sort((a, b) => rank(a) - rank(b));
  if (!files.length) throw new Error(`no ${suite} Packages index in ${dir}: run apt-get update`);
  const pkgs = new Map();
  for (const f of files) {
    const p = join(dir, f);
    const text = f.endsWith('.lz4') ? execFileSync('lz4', ['-dc', p], { maxBuffer: 1 << 30 }).toString()
      : f.endsWith('.gz') ? execFileSync('gzip', ['-dc', p], { maxBuffer: 1 << 30 }).toString()
      : f.endsWith('.xz') ? execFileSync('xz', ['-dc', p], { maxBuffer: 1 << 30 }).toString()
      : execFileSync('cat', [p], { maxBuffer: 1 << 30 }).toString();
    for (const rec of text.split('\n\n')) {
      const fields = {};
      let last = null;
      for (const line of rec.split('\n')) {
        if (/^\s/.test(line) && last) { fields[last] += ' ' + line.trim(); continue; }
        const m = /^([\w-]+):\s?(.*)$/.exec(line);
        if (m) { last = m[1]; fields[last] = m[2]; }
      }
      // several indices may carry a package (a point release can be newer than -security): keep the newest
      const prev = fields.Package && pkgs.get(fields.Package);
      if (fields.Package && (!prev || compareVersions(fields.Version, prev.Version) > 0)) pkgs.set(fields.Package, fields);
    }
  }
  return { pkgs, files };
}
/** dpkg's version order: epoch, then upstream and revision compared by dpkg's lexical/numeric rule. */
function compareVersions(a, b) {
  const split = (v) => { const m = /^(?:(\d+):)?(.*?)(?:-([^-]*))?$/.exec(v); return [Number(m[1] ?? 0), m[2], m[3] ?? '']; };
  const order = (c) => (c === '~' ? -1 : c === undefined || /\d/.test(c) ? 0 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256);
  const part = (x, y) => {
    let i = 0, j = 0;
    while (i < x.length || j < y.length) {
      while ((i < x.length && !/\d/.test(x[i])) || (j < y.length && !/\d/.test(y[j]))) {
        const d = order(x[i]) - order(y[j]);
        if (d) return d;
        i++; j++;
      }
      let n1 = '', n2 = '';
      while (i < x.length && /\d/.test(x[i])) n1 += x[i++];
      while (j < y.length && /\d/.test(y[j])) n2 += y[j++];
      const d = Number(n1 || 0) - Number(n2 || 0);
      if (d) return d;
    }
    return 0;
  };
  const [ea, ua, ra] = split(a), [eb, ub, rb] = split(b);
  return ea - eb || part(ua, ub) || part(ra, rb);
}
function rank(f) { return f.includes('security') ? 2 : f.includes('-updates') ? 1 : 0; }

const parseRel = (s) => (s ? s.split(',').map((alt) => alt.split('|').map((a) => a.trim().replace(/\s*\(.*?\)/g, '').replace(/\s*\[.*?\]/g, '').replace(/:\w+$/, '')).filter(Boolean)) : []);
const PRIO = { required: 5, important: 4, standard: 3, optional: 2, extra: 1 };

function build(suite, dir) {
  const { pkgs, files } = readIndex(dir, suite);
  const providers = new Map();
  for (const [name, f] of pkgs) for (const [p] of parseRel(f.Provides)) {
    if (!providers.has(p)) providers.set(p, []);
    providers.get(p).push(name);
  }
  // A virtual name resolves to its highest-priority provider (apt's choice in practice).
  const resolve = (n) => {
    if (pkgs.has(n)) return n;
    const ps = providers.get(n);
    if (!ps) return null;
    return [...ps].sort((a, b) => (PRIO[pkgs.get(b).Priority] ?? 0) - (PRIO[pkgs.get(a).Priority] ?? 0) || a.localeCompare(b))[0];
  };
  const rel = (f, key) => parseRel(f[key]).map((alts) => alts.map(resolve).filter(Boolean)).filter((a) => a.length);
  const depsOf = (n) => { const f = pkgs.get(n); return [...rel(f, 'Pre-Depends'), ...rel(f, 'Depends')]; };
  const recsOf = (n) => rel(pkgs.get(n), 'Recommends');

  // Minbase, as debootstrap --variant=minbase (what debuerreotype builds debian:<suite>[-slim] from):
  // Priority required + apt, closed over Depends.
  const minSeeds = [...pkgs.values()].filter((f) => f.Priority === 'required' || f.Essential === 'yes').map((f) => f.Package).concat('apt');
  // debootstrap merges /usr itself, so where a package asks for `usrmerge | usr-is-merged` it takes the latter
  const close = (seeds, withRecs, have = new Set(), prefer = ['usr-is-merged']) => {
    const set = new Set(have); const todo = [...seeds];
    const wanted = new Set([...seeds, ...prefer].map(resolve));
    while (todo.length) {
      const n = resolve(todo.pop());
      if (!n || set.has(n)) continue;
      set.add(n);
      for (const alts of [...depsOf(n), ...(withRecs ? recsOf(n) : [])]) {
        // like apt: an OR group is satisfied by an installed or also-requested alternative
        const hit = alts.find((a) => set.has(a) || wanted.has(a));
        todo.push(hit ?? alts[0]);
      }
    }
    return set;
  };
  const minbase = close(minSeeds, false);
  const diff = (a, b) => [...a].filter((n) => !b.has(n)).sort();
  const pythonSlim = close(PYTHON_SLIM, false, minbase);
  const nodeSlim = close(NODE_SLIM, false, minbase);
  const bpCurl = close(BUILDPACK_CURL, false, minbase);
  const bpScm = close(BUILDPACK_SCM, false, bpCurl);
  const bpFull = close(BUILDPACK_FULL, false, bpScm);

  // Table: every package reachable from seeds and bases, following all alternatives' first
  // resolvable name and all Recommends (so run-time closures never leave the table).
  const want = new Set();
  const todo = [...SEEDS, ...bpFull, ...pythonSlim, ...nodeSlim];
  while (todo.length) {
    const n = resolve(todo.pop());
    if (!n || want.has(n)) continue;
    want.add(n);
    for (const alts of [...depsOf(n), ...recsOf(n)]) todo.push(alts[0]);
  }
  const names = [...want].sort();
  const idx = new Map(names.map((n, i) => [n, i]));
  const enc = (rels) => rels.map((alts) => { const a = alts.filter((x) => idx.has(x)).map((x) => idx.get(x)); return a.length === 1 ? a[0] : a; })
    .filter((a) => !(Array.isArray(a) && a.length === 0));
  const virtual = {};
  for (const s of SEEDS) if (!pkgs.has(s) && resolve(s)) virtual[s] = idx.get(resolve(s));
  const missing = SEEDS.filter((s) => !resolve(s));
  const asIdx = (set) => [...set].filter((n) => idx.has(n)).map((n) => idx.get(n)).sort((a, b) => a - b);
  const slim = slimSizes(names, pkgs, debDirs[suite]);
  return {
    index: files.join(' + '),
    ...(slim ? { slim } : {}),
    names,
    /** Installed-Size in KiB */
    size: names.map((n) => Number(pkgs.get(n)['Installed-Size'] ?? 0)),
    dep: names.map((n) => enc(depsOf(n))),
    rec: names.map((n) => enc(recsOf(n))),
    virtual,
    missingSeeds: missing,
    bases: {
      minbase: asIdx(minbase),
      'python-slim': asIdx(new Set(diff(pythonSlim, minbase))),
      'node-slim': asIdx(new Set(diff(nodeSlim, minbase))),
      'buildpack-curl': asIdx(new Set(diff(bpCurl, minbase))),
      'buildpack-scm': asIdx(new Set(diff(bpScm, bpCurl))),
      'buildpack-full': asIdx(new Set(diff(bpFull, bpScm))),
    },
    minbaseKiB: [...minbase].reduce((s, n) => s + Number(pkgs.get(n)['Installed-Size'] ?? 0), 0),
  };
}

/**
 * KiB each package occupies on debian:*-slim: the regular files in its .deb minus what
 * debuerreotype's slimify dpkg config excludes (docs but copyright, man, info, groff, lintian
 * overrides, locales but locale.alias). -1 when the .deb of that version is not in debDir.
 */
function slimSizes(names, pkgs, debDir) {
  if (!existsSync(debDir)) return null;
  const debs = new Map();
  for (const f of readdirSync(debDir)) if (f.endsWith('.deb')) debs.set(decodeURIComponent(f).replace(/_[^_]+$/, ''), f);
  const EXCL = /^\.\/usr\/share\/(doc\/(?!.*\/copyright$)|groff\/|info\/|linda\/|lintian\/overrides\/|man\/|locale\/(?!locale\.alias$))/;
  let found = 0;
  // dpkg-deb per file is slow: remember results by file name (a file name pins name+version)
  const cacheFile = join(debDir, '.slim-cache.json');
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  const out = names.map((n) => {
    const f = pkgs.get(n);
    const file = debs.get(`${n}_${f.Version}`);
    if (!file) return -1;
    if (cache[file] !== undefined) { found++; return cache[file]; }
    let listing;
    try { listing = execFileSync('dpkg-deb', ['-c', join(debDir, file)], { maxBuffer: 1 << 28 }).toString(); } catch { return -1; }
    let bytes = 0;
    for (const line of listing.split('\n')) {
      const m = /^(\S)\S*\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.*)$/.exec(line);
      if (!m || m[1] !== '-') continue;
      if (EXCL.test(m[3])) continue;
      bytes += Number(m[2]);
    }
    found++;
    return (cache[file] = Math.round(bytes / 1024));
  });
  writeFileSync(cacheFile, JSON.stringify(cache));
  console.log(`slim sizes from ${found}/${names.length} .deb files in ${debDir}`);
  if (found < names.length / 2) return null; // too few to be worth shipping
  return out;
}

const result = {
  _note: {
    _note: 'Debian packages for the apt-get install estimator: Installed-Size (KiB, from the Packages index; dpkg sums file sizes rounded up to KiB, docs included) and dependencies (first resolvable alternative kept per OR group; virtual names resolved to the highest-priority provider).',
    source: 'Debian Packages indices (deb.debian.org main, -updates, -security, amd64) read from apt lists on the generating machine; base sets: minbase = Priority required + Essential + apt closed over Depends (what debootstrap --variant=minbase installs; debuerreotype builds debian:<suite>[-slim] from it); python-slim/node-slim/buildpack-* = packages those official Dockerfiles add (docker-library/buildpack-deps Dockerfile.template, docker-library/python and nodejs/docker-node slim Dockerfiles), each listed as the extra over the previous layer set.',
    collected: '2026-11-28',
    generator: 'scripts/gen-apt-packages.mjs',
    fields: { names: 'package names, sorted; other arrays are parallel to it', size: 'Installed-Size in KiB', slim: 'KiB of the .deb files kept on a slim image (docs/man/locales excluded by dpkg config); -1 unknown; absent when no .deb files were at hand', dep: 'Pre-Depends+Depends: per relation an index, or an array of alternative indexes', rec: 'Recommends, same encoding', virtual: 'seed name -> providing package index', bases: 'package index sets per base layer set (extras over the set below)' },
  },
};
for (const [suite, dir] of Object.entries(dists)) {
  try { result[suite] = build(suite, dir); } catch (e) { console.error(`${suite}: ${e.message}`); }
}
const json = JSON.stringify(result);
writeFileSync(out, json + '\n');
for (const s of Object.keys(dists)) if (result[s]) console.log(`${s}: ${result[s].names.length} packages, minbase ${result[s].bases.minbase.length} pkgs ${(result[s].minbaseKiB / 1024).toFixed(1)} MiB, missing seeds: ${result[s].missingSeeds.join(' ')}`);
console.log(`${out}: ${json.length} bytes`);
