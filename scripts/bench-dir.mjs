// `npm run bench -- --corpus DIR`: per-file timings of the full analysis over Dockerfiles you bring
// (files named Dockerfile*, *.Dockerfile or *.dockerfile under DIR), each analysed cold: nothing is
// reused from other files or earlier runs, as in a CI job over an unseen repository.
import { readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function dockerfilesUnder(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) dockerfilesUnder(path, out);
    else if (/^Dockerfile|\.dockerfile$/i.test(name) && st.size < 2_000_000) out.push(path);
  }
  return out;
}

export function benchDirectory(lib, dir, fmt) {
  const files = dockerfilesUnder(dir).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  if (!files.length) return console.log(`(no Dockerfiles under ${dir})`);
  for (const f of files) lib.analyze(f.text); // warm the code, not the caches
  const rows = files.map((f) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      lib.forgetTexts();
      const t = performance.now();
      lib.analyze(f.text);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return { path: f.path, lines: f.text.split('\n').length, ms: runs[2] };
  });
  const upTo300 = rows.filter((r) => r.lines <= 300).map((r) => r.ms).sort((a, b) => a - b);
  const q = (p) => upTo300[Math.min(upTo300.length - 1, Math.floor(p * upTo300.length))];
  console.log(`## ${dir}: ${rows.length} files, ${upTo300.length} of up to 300 lines (full analysis, cold, median of 5 runs per file)`);
  console.log(`p50 ${fmt(q(0.5))} ms, p90 ${fmt(q(0.9))} ms, p99 ${fmt(q(0.99))} ms, max ${fmt(upTo300.at(-1))} ms; over 16 ms: ${upTo300.filter((ms) => ms > 16).length}`);
  for (const r of rows.sort((a, b) => b.ms - a.ms).slice(0, 3)) console.log(`  slowest: ${fmt(r.ms)} ms, ${r.lines} lines, ${r.path}`);
  console.log('');
}

/**
 * `npm run bench -- --corpus DIR --cli`: one `layerlab` process per file (a pre-commit hook, a CI
 * step per Dockerfile), with V8's code cache and without it: wall time, and the analysis time the
 * CLI reports, which includes compiling the code on its first call.
 */
export function benchCliProcesses(dir, fmt, cli, limit = 100) {
  const files = dockerfilesUnder(dir).slice(0, limit);
  if (!files.length) return;
  const cacheDir = mkdtempSync(join(tmpdir(), 'layerlab-bench-cache-'));
  const once = (file, env) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, '--timings', '--no-fail', '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, LAYERLAB_CACHE_DIR: cacheDir, ...env } });
    const wall = performance.now() - t;
    const m = /slowest ([\d.]+) ms/.exec(r.stderr ?? '');
    return { wall, analysis: m ? Number(m[1]) : NaN };
  };
  once(files[0], {}); // writes the cache, as the first run on a machine does
  console.log(`## ${dir}: one CLI process per file, ${files.length} files (wall time; analysis as the CLI reports it)`);
  for (const [label, env] of [['with code cache', {}], ['without (LAYERLAB_NO_CACHE=1)', { LAYERLAB_NO_CACHE: '1' }]]) {
    const rows = files.map((f) => once(f, env));
    const q = (key, p) => {
      const v = rows.map((r) => r[key]).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      return v[Math.min(v.length - 1, Math.floor(p * v.length))];
    };
    console.log(`${label.padEnd(32)} wall p50 ${fmt(q('wall', 0.5))} ms, p99 ${fmt(q('wall', 0.99))} ms; analysis p50 ${fmt(q('analysis', 0.5))} ms, p99 ${fmt(q('analysis', 0.99))} ms`);
  }
  console.log('');
}
