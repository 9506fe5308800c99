#!/usr/bin/env node
// `npm run bench`: full analysis against its peers on the same inputs. Prints figures; asserts nothing
// (timings vary by machine: CI checks only deterministic budgets).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from './bench-corpus.mjs';
import { benchDirectory, benchCliProcesses } from './bench-dir.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'layerlab-bench-'));
const entry = join(outDir, 'entry.ts');
writeFileSync(entry, `export { analyze } from '${root}lib/analyze';\nexport { forgetTexts } from '${root}lib/text-cache';\nexport { parseDockerfile } from '${root}lib/model/parse';\n`);
await build({ entryPoints: [entry], outfile: join(outDir, 'lib.mjs'), bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', minify: true });
const lib = await import(join(outDir, 'lib.mjs'));

const peers = [
  { name: 'layerlab analyze (full)', run: (t) => lib.analyze(t) },
  // a file never seen before (the CLI over a repository): nothing is reused from earlier runs
  { name: 'layerlab analyze (cold)', run: (t) => (lib.forgetTexts(), lib.analyze(t)) },
  { name: 'layerlab lint + sizes', run: (t) => lib.analyze(t, { skipOptimize: true }) },
  { name: 'layerlab model only', run: (t) => lib.parseDockerfile(t) },
  { name: 'dockerfile-ast parse (floor)', run: ((p) => (t) => p.DockerfileParser.parse(t))(require('dockerfile-ast')) },
  { name: 'dockerfile-utils validate', run: ((u) => (t) => u.validate(t))(require('dockerfile-utils')) },
];
try {
  const dfl = require('dockerfilelint');
  // it throws on some valid files (multi-stage COPY --from); such runs still count, and are said
  let crashes = 0;
  const run = (t) => {
    try {
      dfl.run(root, t);
    } catch {
      crashes++;
    }
  };
  peers.push({ name: 'dockerfilelint', run, crashes: () => crashes });
} catch {
  console.log('(dockerfilelint is not installed: left out)');
}

const BUDGET_MS = Number(process.env.BENCH_MS ?? 1500);

// Every run sees a text it has not seen before (a trailing comment differs), as when typing: parts
// of the file that did not change are reused, as in the editor; the cold line forgets everything.
let runs = 0;
const fresh = (text) => `${text}\n# bench run ${runs++}\n`;

// The playground analyses on every keystroke, so the figures are for code the JIT has compiled:
// each measurement first runs for a while unmeasured (at least three rounds).
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 500);

function measure(fn, files) {
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < WARM_MS; i++) for (const f of files) fn(fresh(f));
  const samples = [];
  const start = performance.now();
  while (performance.now() - start < BUDGET_MS || samples.length < 20) {
    for (const f of files) {
      const text = fresh(f);
      const t = performance.now();
      fn(text);
      samples.push(performance.now() - t);
    }
    if (samples.length > 20000) break;
  }
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  const total = samples.reduce((a, b) => a + b, 0);
  return { p50: q(0.5), p99: q(0.99), perSecond: (samples.length / total) * 1000, n: samples.length };
}

const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const table = {};
console.log(`node ${process.version}, ${BUDGET_MS} ms per measurement\n`);
const corpusAt = process.argv.indexOf('--corpus');
if (corpusAt > 0 && process.argv[corpusAt + 1]) {
  benchDirectory(lib, process.argv[corpusAt + 1], fmt);
  const cli = join(root, 'dist', 'cli.js');
  if (process.argv.includes('--cli')) {
    if (existsSync(cli)) benchCliProcesses(process.argv[corpusAt + 1], fmt, cli);
    else console.log('(dist/cli.js is not built: npm run build:cli, then again)');
  }
  process.exit(0);
}
for (const group of corpus()) {
  console.log(`## ${group.name}`);
  console.log('tool'.padEnd(32) + 'p50 ms'.padStart(10) + 'p99 ms'.padStart(10) + 'files/s'.padStart(10) + '  time vs layerlab');
  let ours = null;
  for (const peer of peers) {
    let m;
    try {
      m = measure(peer.run, group.files);
    } catch (e) {
      console.log(`${peer.name.padEnd(32)} failed: ${e.message}`);
      continue;
    }
    if (!ours) ours = m;
    table[`${group.name}|${peer.name}`] = m;
    const ratio = m.p50 / ours.p50;
    const crashed = peer.crashes?.() ? ` (threw on some inputs)` : '';
    console.log(peer.name.padEnd(32) + fmt(m.p50).padStart(10) + fmt(m.p99).padStart(10) + m.perSecond.toFixed(0).padStart(10) + `  ${ratio.toFixed(2)}x${crashed}`);
  }
  console.log('');
}

const small = table['300-line|layerlab analyze (full)'];
const large = table['5,000-line|layerlab analyze (full)'];
const floor300 = table['300-line|dockerfile-ast parse (floor)'];
const lint300 = table['300-line|layerlab lint + sizes'];
if (small && large) {
  const lines300 = corpus()[2].files[0].split('\n').length;
  const lines5k = corpus()[3].files[0].split('\n').length;
  console.log(`growth: 5,000-line p50 / 300-line p50 = ${(large.p50 / small.p50).toFixed(1)} for ${(lines5k / lines300).toFixed(1)}x the lines (linear = equal)`);
}
if (small && floor300) {
  const cold300 = table['300-line|layerlab analyze (cold)'];
  console.log(`300-line full analysis after an edit = ${(small.p50 / floor300.p50).toFixed(2)}x bare dockerfile-ast parsing (target: within 3x), p99 ${fmt(small.p99)} ms (target: under 16 ms)`);
  if (cold300) console.log(`300-line full analysis, cold (nothing reused) = ${(cold300.p50 / floor300.p50).toFixed(2)}x bare parsing, p99 ${fmt(cold300.p99)} ms`);
  if (lint300) console.log(`300-line lint + sizes (no optimizer) = ${(lint300.p50 / floor300.p50).toFixed(2)}x bare parsing, p99 ${fmt(lint300.p99)} ms`);
}
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'bench.json'), JSON.stringify(table, null, 2));
