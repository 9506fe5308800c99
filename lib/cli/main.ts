#!/usr/bin/env node
// The command-line program: with context-scan.ts and launch.ts (which loads it), the only code of
// lib/cli that touches Node's fs and process.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { analyze } from '../analyze';
import { ALL_RULES } from '../rules/registry';
import { toFileResult, renderJson } from '../report/contract';
import { renderSarif } from '../report/sarif';
import { renderCheckstyle } from '../report/checkstyle';
import { renderGitlab } from '../report/gitlab';
import { renderText } from '../report/text';
import { meetsThreshold } from '../report/severity';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { ConfigError, parseConfigFile, type FileConfig } from './config-file';
import { decodeText } from './decode';
import type { FileResult } from '../types';
import { VERSION } from '../version';
import { unifiedDiff } from '../report/diff';
import { formatBytes } from '../report/bytes';
import { forgetTexts } from '../text-cache';
import { renderTimings, type FileTiming } from '../report/timings';
import { scanContext } from './context-scan';

let stdinText: string | null = null;
const DOCS_BASE = process.env.LAYERLAB_DOCS_URL || 'https://layerlab.dev';

function main(argv: string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  if (args.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`layerlab ${VERSION}\n`);
    return 0;
  }
  let fileConfig: FileConfig;
  try {
    fileConfig = loadConfig(args.config);
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.message);
    throw e;
  }
  const rules = {
    ...fileConfig.rules,
    ignored: [...(fileConfig.rules.ignored ?? []), ...args.ignore],
    enabled: [...(fileConfig.rules.enabled ?? []), ...args.enable],
    trustedRegistries: [...(fileConfig.rules.trustedRegistries ?? []), ...args.trustedRegistries],
  };
  const threshold = args.failureThreshold ?? fileConfig.failureThreshold ?? 'error';
  const noFail = args.noFail || fileConfig.noFail;

  const results: FileResult[] = [];
  const timings: FileTiming[] = [];
  let unreadable = false;
  let stdinUsed = false;
  for (const path of args.files) {
    let text: string;
    try {
      if (path === '-') {
        if (stdinUsed) throw new Error('standard input can be given only once');
        stdinUsed = true;
        text = decodeText(readFileSync(0));
        stdinText = text;
      } else {
        if (statSync(path).isDirectory()) throw new Error('is a directory (give the Dockerfile inside it)');
        text = decodeText(readFileSync(path));
      }
    } catch (e) {
      process.stderr.write(`layerlab: cannot read ${path}: ${readError(e)}\n`);
      unreadable = true;
      continue;
    }
    const dockerignore = findDockerignore(path, args.context);
    // standard input has no folder unless --context names one; a size the user gave wins over the
    // measured one, but the dependency lists are still read (they decide packages, pins and libraries)
    const scanned = path !== '-' || args.context !== null ? scanContext(args.context ?? dirname(path), dockerignore) : null;
    const context = scanned && args.contextBytes !== null ? { ...scanned, files: null, id: `${scanned.id}#lists` } : scanned;
    // memos pay off for a text edited again and again (the playground), not across files: what
    // they kept would survive into the older heap and slow every later minor collection
    forgetTexts();
    const started = performance.now();
    const result = analyze(text, {
      config: rules,
      dockerignore,
      contextBytes: args.contextBytes,
      context,
      target: args.target,
      profile: args.profile,
      buildArgs: args.buildArgs,
      // only the JSON contract carries the optimizer's output (unless the optimizer is being timed)
      skipOptimize: args.format !== 'json' && args.command === 'lint' && !args.timings,
    });
    if (args.timings) timings.push({ path, lines: countLines(text), ms: performance.now() - started });
    if (result.notice) process.stderr.write(`layerlab: ${path}: ${result.notice}\n`);
    results.push(toFileResult(path === '-' ? 'stdin' : path, result));
  }

  if (args.timings) process.stderr.write(renderTimings(timings));
  const color = args.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR);
  if (args.command === 'optimize' && args.format === 'text') {
    if (results.length) process.stdout.write(renderOptimized(args, results[0]));
    return unreadable ? 2 : 0;
  }
  process.stdout.write(render(args, results, color));
  if (unreadable) return 2;
  if (noFail) return 0;
  const failed = results.some((f) => f.diagnostics.some((d) => meetsThreshold(d.severity, threshold)));
  return failed ? 1 : 0;
}

function render(args: CliArgs, results: FileResult[], color: boolean): string {
  switch (args.format) {
    case 'json': return renderJson(results);
    case 'sarif': return renderSarif(results, ALL_RULES, { toolVersion: VERSION, docsBase: DOCS_BASE });
    case 'checkstyle': return renderCheckstyle(results);
    case 'gitlab': return renderGitlab(results);
    default: return renderText(results, { color });
  }
}

/** The optimized Dockerfile (or a diff) on stdout; what changed, with its saving, on stderr. */
function renderOptimized(args: CliArgs, file: FileResult): string {
  const opt = file.optimized;
  if (!opt) {
    process.stderr.write(`layerlab: ${file.path}: nothing to optimize (no stage could be read)\n`);
    // the file as it is, so `optimize Dockerfile > new && mv new Dockerfile` never empties it
    return args.diff ? '' : file.path === 'stdin' ? stdinText ?? '' : readFileSync(file.path, 'utf8');
  }
  for (const c of opt.changes) {
    // the CLI switches nothing off: a change that is off was held back by the pipeline (it would grow the image)
    if ((c as { enabled?: boolean }).enabled === false) {
      const reason = /\(Held back: ([^)]*?)\.?\)/.exec(c.why)?.[1] ?? 'on this file it would make the estimated image bigger';
      process.stderr.write(`layerlab: held back: ${c.title} [${c.risk}] (${reason})\n`);
      continue;
    }
    const saved = c.savedBytes > 0 ? `, saves ~${formatBytes(c.savedBytes)}` : c.savedBytes < 0 ? `, adds ~${formatBytes(-c.savedBytes)}` : '';
    process.stderr.write(`layerlab: line ${c.line}: ${c.title} [${c.risk}${saved}]\n`);
  }
  if (file.image && opt.image) {
    process.stderr.write(`layerlab: estimated image ${formatBytes(file.image.bytes)} -> ${formatBytes(opt.image.bytes)} (profile ${args.profile})\n`);
  }
  if (!args.diff) return opt.dockerfile;
  const original = file.path === 'stdin' ? stdinText ?? '' : readFileSync(file.path, 'utf8');
  return unifiedDiff(original, opt.dockerfile, file.path, `${file.path} (optimized)`);
}

function loadConfig(explicit: string | null): FileConfig {
  const candidates = explicit ? [explicit] : ['.layerlab.yaml', '.layerlab.yml', '.hadolint.yaml', '.hadolint.yml'];
  for (const name of candidates) {
    if (!existsSync(name)) {
      if (explicit) throw new ConfigError(`config file ${name} does not exist`);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(name, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read config file ${name}: ${readError(e)}`);
    }
    return parseConfigFile(text, name);
  }
  return { rules: {}, failureThreshold: null, noFail: false };
}

/** `<name>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`, as in BuildKit. */
function findDockerignore(path: string, context: string | null): string | null {
  const candidates: string[] = [];
  if (path !== '-') candidates.push(resolve(dirname(path), `${basename(path)}.dockerignore`));
  const ctx = context ?? (path === '-' ? '.' : dirname(path));
  candidates.push(join(ctx, '.dockerignore'));
  for (const c of candidates) {
    try {
      if (existsSync(c) && statSync(c).isFile()) return readFileSync(c, 'utf8');
    } catch {
      // an unreadable .dockerignore is treated as absent
    }
  }
  return null;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function readError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'no such file';
  if (err && err.code === 'EACCES') return 'permission denied';
  if (err && err.code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(e);
}

function usage(message: string): number {
  process.stderr.write(`layerlab: ${message}\nRun layerlab --help for the options.\n`);
  return 2;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // a closed pipe (layerlab ... | head) is not an error of ours
  if (e.code === 'EPIPE') process.exit(0);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`layerlab: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.LAYERLAB_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
