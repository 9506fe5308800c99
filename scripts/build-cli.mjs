#!/usr/bin/env node
// Bundles the CLI into one plain JavaScript file that `node` runs directly (the package's bin).
import { build } from 'esbuild';
import { chmodSync, statSync } from 'node:fs';

const outfile = new URL('../dist/cli.js', import.meta.url).pathname;
await build({
  entryPoints: [new URL('../lib/cli/main.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`dist/cli.js ${(statSync(outfile).size / 1024).toFixed(0)} kB`);
