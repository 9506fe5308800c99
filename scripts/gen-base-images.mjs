#!/usr/bin/env node
// Derives lib/data/base-images.json (compact, shipped to the browser) from
// ../shared/data/base-images.json (docker-library/repo-info measurements) plus SUPPLEMENT below:
// commonly used images that the input lacks, with their sources and an honest confidence.
// Also derives the compressed/uncompressed ratio per OS family from the same-build pairs.
// Usage: node scripts/gen-base-images.mjs [input] [output]
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const input = process.argv[2] ?? `${root}../shared/data/base-images.json`;
const output = process.argv[3] ?? `${root}lib/data/base-images.json`;
const rows = JSON.parse(readFileSync(input, 'utf8')).filter((e) => e.image);

// compressed / uncompressed per OS family, median over exact pairs (same-build), then over
// same-tag pairs where a family has no exact pair.
const ratios = {};
const byFam = {};
for (const e of rows) {
  if (!e.compressedBytes || !e.uncompressedBytes || !e.uncompressedPairing) continue;
  (byFam[e.osFamily] ??= []).push({ r: e.compressedBytes / e.uncompressedBytes, exact: e.uncompressedPairing === 'same-build' });
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const [fam, list] of Object.entries(byFam)) {
  const exact = list.filter((x) => x.exact);
  ratios[fam] = { ratio: +median((exact.length ? exact : list).map((x) => x.r)).toFixed(3), n: list.length };
}
const all = Object.values(byFam).flat().map((x) => x.r);
ratios.default = { ratio: +median(all).toFixed(3), n: all.length };

/** which Debian package sets an image already contains (see gen-apt-packages.mjs `bases`) */
function aptBase(image, tag, fam) {
  if (fam !== 'debian' && fam !== 'ubuntu') return undefined;
  const suite = /trixie/.test(tag) ? 'trixie' : /bookworm/.test(tag) ? 'bookworm' : fam === 'ubuntu' ? 'bookworm' : undefined;
  const slim = /slim/.test(tag);
  const sets = ['minbase'];
  if (image === 'python') sets.push(...(slim ? ['python-slim'] : ['buildpack-curl', 'buildpack-scm', 'buildpack-full']));
  else if (image === 'node') sets.push(...(slim ? ['node-slim'] : ['buildpack-curl', 'buildpack-scm', 'buildpack-full']));
  else if (['golang', 'rust', 'ruby', 'buildpack-deps'].includes(image) && !slim) sets.push('buildpack-curl', 'buildpack-scm', 'buildpack-full');
  return { suite, sets };
}

const images = {};
for (const e of rows) {
  const ratio = (ratios[e.osFamily] ?? ratios.default).ratio;
  const known = e.uncompressedBytes != null;
  const u = known ? e.uncompressedBytes : e.compressedBytes ? Math.round(e.compressedBytes / ratio) : null;
  if (u == null && e.image !== 'scratch') continue;
  const name = e.image === 'scratch' ? 'scratch' : `${e.image}:${e.tag}`;
  images[name] = {
    u: u ?? 0,
    c: e.compressedBytes ?? Math.round((u ?? 0) * ratio),
    f: e.osFamily,
    // a same-tag-different-build pair or a ratio-derived size is close but not exact
    k: e.source === 'documented estimate' ? 'estimated' : known && e.uncompressedPairing === 'same-build' ? 'known' : 'estimated',
    l: e.layers?.map((x) => x.compressedBytes) ?? undefined,
    a: aptBase(e.image, e.tag, e.osFamily),
    s: e.source === 'documented estimate' ? `documented estimate: ${(e.reference ?? [])[0] ?? ''}`.slice(0, 160) : e.source.replace('docker-library/repo-info ', 'repo-info ').split(' @ ')[0],
  };
}

// buildpack-deps (the base of the full python, node, golang, ruby ... images) has no row of its own,
// but it is the first layers of those images: debian, then the curl, scm and full layers. Its three
// variants are derived from a measured full python image's layer sizes: the debian layer on disk
// at debian's own measured ratio, the other layers at the ratio of the rest of that image.
{
  const donor = Object.entries(images).find(([n, r]) => /^python:3\.\d+$/.test(n) && r.k === 'known' && r.l?.length >= 5 && /trixie/.test(rows.find((e) => `${e.image}:${e.tag}` === n)?.baseNote ?? ''));
  const debian = images['debian:bookworm'];
  if (donor && debian) {
    const [name, r] = donor;
    const debianU = r.l[0] / (debian.c / debian.u);
    const restRatio = (r.c - r.l[0]) / (r.u - debianU);
    const variants = [['trixie-curl', 2, ['minbase', 'buildpack-curl']], ['trixie-scm', 3, ['minbase', 'buildpack-curl', 'buildpack-scm']], ['trixie', 4, ['minbase', 'buildpack-curl', 'buildpack-scm', 'buildpack-full']]];
    for (const [tag, n, sets] of variants) {
      const layers = r.l.slice(0, n);
      const c = layers.reduce((a, b) => a + b, 0);
      const u = debianU + (c - r.l[0]) / restRatio;
      images[`buildpack-deps:${tag}`] = {
        u: Math.round(u), c, f: 'debian', k: 'estimated', l: layers, a: { suite: 'trixie', sets },
        s: `first ${n} layers of ${name} (${r.s}); debian layer at debian:bookworm's on-disk ratio`,
      };
    }
  }
}

// Images users commonly start from that the input lacks. Sizes are on-disk (`docker images`)
// figures as commonly published by the vendors' registries/docs and recalled from them; none was
// measured here (no registry access), so they carry 'estimated' (well-known figure) or 'guessed'.
const MB = 1e6, GB = 1e9;
const SUPPLEMENT = [
  ['gcr.io/distroless/static-debian12', 2.0 * MB, 'distroless', 'estimated', 'distroless README: static ~2 MiB'],
  ['gcr.io/distroless/base-debian12', 20.5 * MB, 'distroless', 'estimated', 'distroless docs (~20 MB); base = static + glibc, libssl'],
  ['gcr.io/distroless/base-nossl-debian12', 14 * MB, 'distroless', 'guessed', 'base minus libssl'],
  ['gcr.io/distroless/cc-debian12', 23.5 * MB, 'distroless', 'estimated', 'base + libgcc-s1, libstdc++6, libgomp1 (Installed-Size ~3 MB)'],
  ['gcr.io/distroless/python3-debian12', 53 * MB, 'distroless', 'estimated', 'documented ~50 MB; base + python3.11 minimal/stdlib'],
  ['gcr.io/distroless/java17-debian12', 226 * MB, 'distroless', 'estimated', 'documented ~220 MB class; base + OpenJDK 17 JRE headless'],
  ['gcr.io/distroless/java21-debian12', 225 * MB, 'distroless', 'estimated', 'documented ~220 MB'],
  ['gcr.io/distroless/nodejs20-debian12', 160 * MB, 'distroless', 'estimated', 'documented ~55 MB compressed; node binary ~100 MB on disk'],
  ['gcr.io/distroless/nodejs22-debian12', 165 * MB, 'distroless', 'estimated', 'documented ~55 MB compressed; node binary ~110 MB on disk'],
  // no published figure found for the Node 24 image; needed since the Node multi-stage pass ships node:24 builds on it
  ['gcr.io/distroless/nodejs24-debian12', 170 * MB, 'distroless', 'guessed', 'assumed as nodejs22-debian12 + the larger node 24 binary'],
  // Debian 13 (trixie) variants: no published sizes found; assumed as their Debian 12 twins plus
  // trixie's larger glibc 2.41 (libc6 Installed-Size 12.9 MB vs 12.3 MB in bookworm)
  ['gcr.io/distroless/static-debian13', 2.0 * MB, 'distroless', 'guessed', 'assumed as static-debian12 (distroless README: ~2 MiB)'],
  ['gcr.io/distroless/base-debian13', 21 * MB, 'distroless', 'guessed', 'assumed as base-debian12 + ~0.6 MB for glibc 2.41'],
  ['gcr.io/distroless/base-nossl-debian13', 14.5 * MB, 'distroless', 'guessed', 'assumed as base-nossl-debian12 + ~0.6 MB'],
  ['gcr.io/distroless/cc-debian13', 24 * MB, 'distroless', 'guessed', 'assumed as cc-debian12 + ~0.6 MB for glibc 2.41'],
  ['gcr.io/distroless/python3-debian13', 56 * MB, 'distroless', 'guessed', 'assumed as python3-debian12 with python3.13 instead of 3.11'],
  ['gcr.io/distroless/java21-debian13', 225 * MB, 'distroless', 'guessed', 'assumed as java21-debian12'],
  ['gcr.io/distroless/nodejs22-debian13', 165 * MB, 'distroless', 'guessed', 'assumed as nodejs22-debian12'],
  ['gcr.io/distroless/nodejs24-debian13', 170 * MB, 'distroless', 'guessed', 'assumed as nodejs22-debian12 + the larger node 24 binary'],
  ['cgr.dev/chainguard/static', 1.5 * MB, 'wolfi', 'estimated', 'Chainguard Images docs: static ~1-2 MB'],
  ['cgr.dev/chainguard/wolfi-base', 13 * MB, 'wolfi', 'estimated', 'Chainguard docs: wolfi-base ~12-15 MB'],
  ['cgr.dev/chainguard/glibc-dynamic', 8 * MB, 'wolfi', 'guessed', 'glibc + ca-certs'],
  ['cgr.dev/chainguard/python', 70 * MB, 'wolfi', 'guessed', 'python runtime on wolfi'],
  ['cgr.dev/chainguard/node', 140 * MB, 'wolfi', 'guessed', 'node runtime on wolfi'],
  ['cgr.dev/chainguard/go', 700 * MB, 'wolfi', 'guessed', 'go toolchain on wolfi'],
  ['cgr.dev/chainguard/jre', 200 * MB, 'wolfi', 'guessed', 'OpenJDK JRE on wolfi'],
  ['registry.access.redhat.com/ubi9/ubi-micro', 25 * MB, 'rhel', 'estimated', 'Red Hat UBI docs: ubi-micro ~25 MB'],
  ['registry.access.redhat.com/ubi9/ubi-minimal', 100 * MB, 'rhel', 'estimated', 'Red Hat catalog: ubi9-minimal ~38 MB compressed, ~100 MB on disk'],
  ['registry.access.redhat.com/ubi9/ubi', 215 * MB, 'rhel', 'estimated', 'Red Hat catalog: ubi9 ~80 MB compressed, ~215 MB on disk'],
  ['registry.access.redhat.com/ubi8/ubi-minimal', 95 * MB, 'rhel', 'estimated', 'Red Hat catalog: ubi8-minimal ~39 MB compressed'],
  ['registry.access.redhat.com/ubi8/ubi', 210 * MB, 'rhel', 'estimated', 'Red Hat catalog: ubi8 ~80 MB compressed'],
  ['nvidia/cuda:base', 240 * MB, 'ubuntu', 'guessed', 'NGC cuda base-ubuntu (cudart only)'],
  ['nvidia/cuda:runtime', 3.0 * GB, 'ubuntu', 'guessed', 'NGC cuda runtime-ubuntu (CUDA libraries: cublas, cufft, ...)'],
  ['nvidia/cuda:cudnn-runtime', 4.5 * GB, 'ubuntu', 'guessed', 'runtime + cuDNN'],
  ['nvidia/cuda:devel', 7.5 * GB, 'ubuntu', 'guessed', 'runtime + headers, nvcc, static libs'],
  ['nvidia/cuda:cudnn-devel', 9.5 * GB, 'ubuntu', 'guessed', 'devel + cuDNN'],
  ['mcr.microsoft.com/dotnet/runtime-deps', 120 * MB, 'debian', 'estimated', 'MS container docs: runtime-deps ~ debian slim + ICU/openssl'],
  ['mcr.microsoft.com/dotnet/runtime', 195 * MB, 'debian', 'estimated', 'MS container docs: runtime ~190 MB'],
  ['mcr.microsoft.com/dotnet/aspnet', 220 * MB, 'debian', 'estimated', 'MS container docs: aspnet ~217 MB'],
  ['mcr.microsoft.com/dotnet/sdk', 850 * MB, 'debian', 'estimated', 'MS container docs: sdk ~800-880 MB'],
  ['mcr.microsoft.com/dotnet/runtime-deps:alpine', 13 * MB, 'alpine', 'estimated', 'alpine + icu-less deps'],
  ['mcr.microsoft.com/dotnet/runtime:alpine', 85 * MB, 'alpine', 'estimated', 'MS container docs: alpine runtime ~82 MB'],
  ['mcr.microsoft.com/dotnet/aspnet:alpine', 112 * MB, 'alpine', 'estimated', 'MS container docs: alpine aspnet ~110 MB'],
  ['mcr.microsoft.com/dotnet/sdk:alpine', 680 * MB, 'alpine', 'guessed', 'sdk on alpine'],
  ['mcr.microsoft.com/dotnet/aspnet:chiseled', 110 * MB, 'ubuntu', 'estimated', 'MS blog on chiseled images: aspnet chiseled ~110 MB'],
  ['mcr.microsoft.com/dotnet/runtime-deps:chiseled', 13 * MB, 'ubuntu', 'estimated', 'MS blog on chiseled images: runtime-deps chiseled ~13 MB'],
  ['amazoncorretto:17', 460 * MB, 'amazonlinux', 'estimated', 'amazonlinux:2 (165 MB, repo-info) + Corretto 17 JDK (~300 MB)'],
  ['amazoncorretto:21', 480 * MB, 'amazonlinux', 'estimated', 'amazonlinux:2023 (150 MB, repo-info) + Corretto 21 JDK (~330 MB)'],
  ['amazoncorretto:17-alpine', 320 * MB, 'alpine', 'guessed', 'alpine + Corretto 17 JDK'],
  ['amazoncorretto:21-alpine', 340 * MB, 'alpine', 'guessed', 'alpine + Corretto 21 JDK'],
  ['amazoncorretto:17-alpine-jre', 170 * MB, 'alpine', 'guessed', 'alpine + Corretto 17 JRE'],
  ['debian:bullseye-slim', 80 * MB, 'debian', 'guessed', 'recalled Docker Hub figure (~80 MB), not measured'],
  ['debian:bullseye', 124 * MB, 'debian', 'guessed', 'recalled Docker Hub figure (~124 MB), not measured'],
  ['ubuntu:20.04', 73 * MB, 'ubuntu', 'guessed', 'recalled Docker Hub figure (~73 MB), not measured'],
  ['maven', 490 * MB, 'ubuntu', 'estimated', 'eclipse-temurin:21-jdk (475 MB, repo-info) + Maven (~10 MB): maven:3.9-eclipse-temurin-21 is built that way'],
  ['gradle', 610 * MB, 'ubuntu', 'estimated', 'eclipse-temurin:21-jdk (475 MB, repo-info) + Gradle distribution (~135 MB)'],
  ['busybox:musl', 1.5 * MB, 'busybox', 'estimated', 'busybox musl variant'],
];
const famRatio = (f) => (ratios[f] ?? ratios.default).ratio;
for (const [name, u, f, k, s] of SUPPLEMENT) {
  if (images[name]) continue;
  const sets = f === 'debian' && name.startsWith('python:') ? { suite: 'bookworm', sets: ['minbase', ...(/slim/.test(name) ? ['python-slim'] : ['buildpack-curl', 'buildpack-scm', 'buildpack-full'])] } : undefined;
  images[name] = { u: Math.round(u), c: Math.round(u * famRatio(f === 'distroless' ? 'debian' : f)), f, k, a: sets, s };
}
// The input's distroless rows are published sizes read as compressed, which the ratio turns into
// on-disk figures 2-3x too big (python3-debian12 became 135 MB, more than python:3.11-slim, which
// carries the same Python plus a shell and apt; base-debian12 54 MB against ~20 MB of glibc, libssl
// and static). Without them each untagged name takes the on-disk figure of its SUPPLEMENT row.
for (const name of Object.keys(images)) {
  if (name.startsWith('gcr.io/distroless/') && name.endsWith(':latest') && SUPPLEMENT.some(([n]) => n === name.slice(0, -':latest'.length))) delete images[name];
}

const out = [
  {
    _note: 'Base image sizes for the layer estimator. u = on-disk (uncompressed) bytes, c = compressed (pull) bytes, f = OS family, k = confidence, l = compressed layer sizes when known, a = Debian package sets the image already contains, s = source.',
    source: 'docker-library/repo-info via shared/data/base-images.json (Aug-Sep 2026) + buildpack-deps rows derived from a measured full python image\'s first layers + SUPPLEMENT in scripts/gen-base-images.mjs (vendor-documented figures, not measured here)',
    collected: '2026-11-28',
    generator: 'scripts/gen-base-images.mjs',
    fields: { ratios: 'compressed/uncompressed per OS family: median over same-build pairs (n = pairs)' },
  },
  { ratios, images },
];
const json = JSON.stringify(out);
writeFileSync(output, json + '\n');
console.log(`${output}: ${Object.keys(images).length} images, ${json.length} bytes; ratios ${JSON.stringify(ratios)}`);
