#!/usr/bin/env node
// Bundles the CLI into plain JavaScript that `node` runs directly (the package's bin): the analyser
// in dist/layerlab-core.js, and dist/cli.js, which loads it through V8's code cache.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, statSync } from 'node:fs';

const dist = (f) => new URL(`../dist/${f}`, import.meta.url).pathname;
const src = (f) => new URL(`../lib/cli/${f}`, import.meta.url).pathname;
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap: false, legalComments: 'none', logLevel: 'warning' };
const CORE = 'layerlab-core.js';

await build({ ...common, entryPoints: [src('main.ts')], outfile: dist(CORE) });
const hash = createHash('sha256').update(readFileSync(dist(CORE))).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: [src('launch.ts')],
  outfile: dist('cli.js'),
  define: { LAYERLAB_CORE: JSON.stringify(CORE), LAYERLAB_CORE_HASH: JSON.stringify(hash) },
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(dist('cli.js'), 0o755);
console.log(`dist/cli.js ${(statSync(dist('cli.js')).size / 1024).toFixed(1)} kB, dist/${CORE} ${(statSync(dist(CORE)).size / 1024).toFixed(0)} kB (code cache key ${hash})`);
