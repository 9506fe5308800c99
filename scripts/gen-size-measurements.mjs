#!/usr/bin/env node
// Turns the JSON lines written by scripts/measure-apt-sets.sh into lib/data/size-measurements.json
// (the measurements `npm run validate-sizes` compares the estimator with).
// Usage: node scripts/gen-size-measurements.mjs [measurements.jsonl ...]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const inputs = process.argv.length > 2 ? process.argv.slice(2)
  : [`${root}scratch/apt/measurements.jsonl`, `${root}scratch/apt/measurements-trixie.jsonl`].filter((f) => existsSync(f));
const lines = inputs.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
// packages of each fresh root: a set whose every "Setting up" package was already there only
// upgraded the root's older versions (debootstrap takes the suite's main, not -updates): in a
// current image it would install nothing, so it is no test of an install estimate
const minbase = {};
for (const suite of ['bookworm', 'trixie']) {
  const f = [`${root}scratch/apt/minbase-packages-${suite}.txt`, suite === 'bookworm' ? `${root}scratch/apt/minbase-packages.txt` : ''].find((x) => x && existsSync(x));
  if (f) minbase[suite] = new Set(readFileSync(f, 'utf8').trim().split('\n'));
}
const upgradeOnly = (l) => { const m = minbase[l.suite ?? 'bookworm']; return !!m && l.installed.trim().split(' ').every((p) => m.has(p)); };
const sets = lines.filter((l) => l.kind === 'set' && l.rc === 0 && !upgradeOnly(l)).map((l) => ({
  suite: l.suite ?? 'bookworm',
  packages: l.packages.split(' '),
  noRecommends: l.flags.includes('--no-install-recommends'),
  bytes: l.bytes,
  installedCount: l.installedCount,
}));
const failed = lines.filter((l) => l.kind === 'set' && l.rc !== 0).map((l) => `${l.suite ?? 'bookworm'}: ${l.label} (apt-get exit ${l.rc})`);
const skipped = lines.filter((l) => l.kind === 'set' && l.rc === 0 && upgradeOnly(l)).map((l) => `${l.suite ?? 'bookworm'}: ${l.label} (only upgraded packages the root had)`);
const out = [
  {
    _note: 'apt-get install layers measured on a Debian 12 bookworm slim root; the estimator is validated against these (scripts/validate-sizes.ts). Never tune tables to them.',
    source: 'measured by scripts/measure-apt-sets.sh: debootstrap --variant=minbase bookworm (and trixie) from deb.debian.org, made slim like debian:bookworm-slim (dpkg path-exclude for docs/man/locales, docker-clean/gzip-indexes apt config), then per set `apt-get install -y [--no-install-recommends] PKGS` on a fresh copy; bytes = regular files and symlinks new or changed (size/mtime), hard links once, /var/cache/apt and /var/lib/apt/lists excluded',
    collected: new Date().toISOString().slice(0, 10),
    machine: 'Debian 12 bookworm amd64 host; roots of Debian 12 bookworm and 13 trixie (package versions of the mirror on that date)',
    fields: { suite: 'Debian suite of the root', packages: 'requested packages', noRecommends: 'installed with --no-install-recommends', bytes: 'layer bytes', installedCount: 'packages apt set up' },
    aptLists: {
      lz4Bytes: 19874352, lz4Trixie: 21678970, uncompressedBytes: 51094456, uncompressedTrixie: 57509353,
      how: 'du -sb /var/lib/apt/lists after apt-get update (bookworm, bookworm-updates, bookworm-security main amd64): lz4-compressed (docker-gzip-indexes, as official debian images) on this machine; uncompressed in the debootstrap root; trixie lists in a private dir',
    },
    failed,
    failedWhy: 'openjdk postinst runs update-alternatives for man pages under /usr/share/man/man1, which a slim root lacks (the known `mkdir -p /usr/share/man/man1` workaround); the install is incomplete, so it is not used',
    skipped,
  },
  { sets },
];
writeFileSync(`${root}lib/data/size-measurements.json`, JSON.stringify(out, null, 1) + '\n');
console.log(`${sets.length} sets, ${failed.length} failed, ${skipped.length} skipped`);
