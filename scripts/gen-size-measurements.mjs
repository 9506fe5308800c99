#!/usr/bin/env node
// Turns the JSON lines written by scripts/measure-apt-sets.sh into lib/data/size-measurements.json
// (the measurements `npm run validate-sizes` compares the estimator with).
// Usage: node scripts/gen-size-measurements.mjs [measurements.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const input = process.argv[2] ?? `${root}scratch/apt/measurements.jsonl`;
const lines = readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const sets = lines.filter((l) => l.kind === 'set' && l.rc === 0).map((l) => ({
  packages: l.packages.split(' '),
  noRecommends: l.flags.includes('--no-install-recommends'),
  bytes: l.bytes,
  installedCount: l.installedCount,
}));
const failed = lines.filter((l) => l.kind === 'set' && l.rc !== 0).map((l) => l.label);
const out = [
  {
    _note: 'apt-get install layers measured on a Debian 12 bookworm slim root; the estimator is validated against these (scripts/validate-sizes.ts). Never tune tables to them.',
    source: 'measured by scripts/measure-apt-sets.sh: debootstrap --variant=minbase bookworm from deb.debian.org, made slim like debian:bookworm-slim (dpkg path-exclude for docs/man/locales, docker-clean/gzip-indexes apt config), then per set `apt-get install -y [--no-install-recommends] PKGS` on a fresh copy; bytes = regular files and symlinks new or changed (size/mtime), hard links once, /var/cache/apt and /var/lib/apt/lists excluded',
    collected: new Date().toISOString().slice(0, 10),
    machine: 'Debian 12 bookworm amd64 (package versions of the mirror on that date)',
    fields: { packages: 'requested packages', noRecommends: 'installed with --no-install-recommends', bytes: 'layer bytes', installedCount: 'packages apt set up' },
    aptLists: {
      lz4Bytes: 19874352, lz4Trixie: 21678970, uncompressedBytes: 51094456,
      how: 'du -sb /var/lib/apt/lists after apt-get update (bookworm, bookworm-updates, bookworm-security main amd64): lz4-compressed (docker-gzip-indexes, as official debian images) on this machine; uncompressed in the debootstrap root; trixie lists in a private dir',
    },
    failed,
  },
  { sets },
];
writeFileSync(`${root}lib/data/size-measurements.json`, JSON.stringify(out, null, 1) + '\n');
console.log(`${sets.length} sets, ${failed.length} failed`);
