#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to read.
// Ends with one line "tests: N passed, M failed" counting unit and browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const results = [];
let passed = 0;
let failed = 0;

function step(name, cmd, args, env = {}) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t) / 1000 });
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed += (j.numFailedTests ?? 0) + (j.numTotalTests === 0 ? 1 : 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
}

/** Debian's chromium, or a browser Playwright installed itself (npx playwright install chromium). */
function findBrowser() {
  if (existsSync('/usr/bin/chromium')) return true;
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('@playwright/test').chromium.executablePath())"], { encoding: 'utf8' });
  return r.status === 0 && r.stdout !== '' && existsSync(r.stdout);
}

mkdirSync('test-results', { recursive: true });
let ok = step('registries are up to date', 'node', ['scripts/gen-registry.mjs', '--check']);
ok = step('types', 'npx', ['tsc', '--noEmit', '-p', '.']) && ok;
const unitOk = step('unit and property tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
countVitest('test-results/vitest.json');
if (!unitOk && failed === 0) failed++;
ok = unitOk && ok;
ok = step('build (CLI and static site)', 'npm', ['run', 'build']) && ok;
if (existsSync('scripts/check-budgets.mjs')) ok = step('bundle budgets', 'node', ['scripts/check-budgets.mjs']) && ok;
if (!findBrowser()) {
  console.error('\nNo browser for the end-to-end tests. On Debian or Ubuntu: sudo apt-get install -y chromium');
  console.error('(elsewhere: npx playwright install chromium). Then run npm test again.');
  failed++;
  ok = false;
} else if (existsSync('out/index.html')) {
  const e2eOk = step('end-to-end tests in chromium', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
  });
  countPlaywright('test-results/e2e.json');
  if (!e2eOk && !existsSync('test-results/e2e.json')) failed++;
  ok = e2eOk && ok;
} else {
  console.error('\nThe static site was not built (out/index.html is missing): end-to-end tests cannot run.');
  failed++;
  ok = false;
}

console.log('\n== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
