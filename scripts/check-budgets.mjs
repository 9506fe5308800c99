#!/usr/bin/env node
// Bundle budgets on the static export: the JavaScript a page loads before anything lazy.
// Prints every page's first-load scripts and fails when a budget is exceeded.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './html-files.mjs';

const out = new URL('../out', import.meta.url).pathname;
const KB = 1000;
const BUDGETS = [
  { match: (p) => p === 'index.html', limit: 250 * KB, label: 'playground' },
  { match: (p) => /^(?:ko\/)?(rules|lessons)\//.test(p), limit: 150 * KB, label: 'lesson/rule page' },
];

if (!existsSync(join(out, 'index.html'))) {
  console.error('out/index.html is missing: run npm run build first');
  process.exit(1);
}

const gz = new Map();
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
}

/** Scripts the HTML loads itself (src attributes), which is what runs before the page is usable. */
function scriptsOf(html) {
  const srcs = new Set();
  // nomodule scripts are polyfills that only browsers without ES modules load
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/\bnomodule\b/i.test(m[0])) srcs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*href="([^"]+\.js)"/g)) srcs.add(m[1]);
  return [...srcs].filter((s) => s.startsWith('/')).map((s) => join(out, s.split('?')[0]));
}

let failed = false;
const rows = [];
for (const file of htmlFiles(out).sort()) {
  const page = relative(out, file);
  const budget = BUDGETS.find((b) => b.match(page));
  if (!budget) continue;
  const scripts = scriptsOf(readFileSync(file, 'utf8')).filter((s) => existsSync(s));
  const total = scripts.reduce((a, s) => a + gzipSize(s), 0);
  const ok = total <= budget.limit;
  failed ||= !ok;
  rows.push({ page, total, limit: budget.limit, ok, scripts });
}

const kb = (n) => `${(n / KB).toFixed(1)} kB`;
console.log('first-load JavaScript per page (gzip -9):');
for (const r of rows) {
  console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.page.padEnd(40)} ${kb(r.total).padStart(10)} of ${kb(r.limit)}`);
}
const chunks = new Set(rows.flatMap((r) => r.scripts));
const all = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith('.js')) all.push(p);
  }
};
walk(join(out, '_next'));
console.log('\nall chunks (gzip -9), * = loaded up front by some page:');
for (const f of all.sort((a, b) => gzipSize(b) - gzipSize(a)).slice(0, 25)) {
  console.log(`${chunks.has(f) ? '*' : ' '} ${kb(gzipSize(f)).padStart(10)}  ${relative(out, f)}`);
}
if (all.length > 25) console.log(`  ... and ${all.length - 25} smaller chunks`);
if (failed) {
  console.error('\nA page is over its JavaScript budget.');
  process.exit(1);
}
