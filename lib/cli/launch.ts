/**
 * The `layerlab` command: runs the analyser's bundle through V8's code cache.
 *
 * A one-file run spent most of its time compiling: about 30 ms parsing the 0.9 MB bundle and as
 * much again compiling functions on their first call, against 20 ms of analysis once compiled.
 * The cache is written after the first run, so it holds the functions that run actually used,
 * and is keyed by the bundle's content hash and the Node version (V8 rejects it otherwise).
 * `LAYERLAB_NO_CACHE=1` turns it off; a cache that cannot be read or written is skipped.
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** Filled in by scripts/build-cli.mjs: the bundle's file name and the hash of its content. */
declare const LAYERLAB_CORE: string;
declare const LAYERLAB_CORE_HASH: string;

const core = join(__dirname, LAYERLAB_CORE);
// the bundle keeps main.ts's #! line, which is a syntax error inside the module wrapper
const source = readFileSync(core, 'utf8').replace(/^#!.*/, '');
const dir = cacheDir();
const name = `core-${LAYERLAB_CORE_HASH}-${process.version}-${process.arch}.v8`;
let cached: Buffer | undefined;
if (dir) {
  try {
    cached = readFileSync(join(dir, name));
  } catch {
    cached = undefined;
  }
}
const script = new Script(wrap(source), { filename: core, cachedData: cached });
if (dir && (!cached || script.cachedDataRejected)) process.once('exit', () => saveCache(dir));
script.runInThisContext()(module.exports, createRequire(core), module, core, __dirname);

function cacheDir(): string | null {
  if (process.env.LAYERLAB_NO_CACHE) return null;
  if (process.env.LAYERLAB_CACHE_DIR) return process.env.LAYERLAB_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'layerlab') : null;
}

function saveCache(at: string): void {
  try {
    mkdirSync(at, { recursive: true });
    // written aside and renamed, so a concurrent run never reads half a file
    const part = join(at, `${name}.${process.pid}.part`);
    writeFileSync(part, script.createCachedData());
    renameSync(part, join(at, name));
    dropStale(at);
  } catch {
    // a read-only or full disk only costs the next run its compile time
  }
}

/** Caches of other versions of layerlab or Node, unused for a week. */
function dropStale(at: string): void {
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const f of readdirSync(at)) {
    if (f === name || !/^core-.*\.v8(\.\d+\.part)?$/.test(f)) continue;
    const file = join(at, f);
    if (statSync(file).mtimeMs < weekAgo) unlinkSync(file);
  }
}
