import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
let dir: string;
// the code cache of the runs under test stays out of the user's ~/.cache
const cacheDir = mkdtempSync(join(tmpdir(), 'layerlab-cache-'));

function run(args: string[], input?: string, cwd?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, cwd: cwd ?? dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LAYERLAB_CACHE_DIR: cacheDir, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  if (b.status !== 0 || !existsSync(cli)) throw new Error(`CLI build failed: ${b.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'layerlab-cli-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n');
  writeFileSync(join(dir, 'broken.Dockerfile'), 'FORM alpine\nRUN <<EOF\necho never closed\n');
  writeFileSync(join(dir, 'clean.Dockerfile'), 'FROM alpine:3.20\nCMD ["true"]\n');
  mkdirSync(join(dir, 'adir'));
}, 60_000);

describe('layerlab CLI', () => {
  it('prints the JSON contract', () => {
    const r = run(['--format', 'json', 'Dockerfile']);
    const doc = JSON.parse(r.out);
    expect(doc.version).toBe(1);
    expect(doc.files).toHaveLength(1);
    const f = doc.files[0];
    expect(f.path).toBe('Dockerfile');
    expect(Object.keys(f).sort()).toEqual(['diagnostics', 'image', 'layers', 'optimized', 'path']);
    for (const d of f.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['aliases', 'category', 'column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'rule', 'severity']);
      expect(d.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('analyses several files in one call, in the order given', () => {
    const r = run(['-f', 'json', 'clean.Dockerfile', 'Dockerfile', 'broken.Dockerfile']);
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['clean.Dockerfile', 'Dockerfile', 'broken.Dockerfile']);
  });

  it('reads standard input with -', () => {
    const r = run(['--format=json', '-'], 'FROM alpine\nRUN echo hi\n');
    expect(JSON.parse(r.out).files[0].path).toBe('stdin');
  });

  it('exits 1 when a finding reaches the threshold, 0 when none does', () => {
    const broken = run(['broken.Dockerfile']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/broken\.Dockerfile:1:1 error/);
    expect(run(['--failure-threshold', 'none', 'broken.Dockerfile']).code).toBe(0);
    expect(run(['--no-fail', 'broken.Dockerfile']).code).toBe(0);
    expect(run(['clean.Dockerfile']).code).toBe(0);
  });

  it('exits 2 with a clear message for usage errors and unreadable input, never a stack trace', () => {
    for (const args of [['--format', 'xml', 'Dockerfile'], ['--bogus'], [], ['missing.Dockerfile'], ['adir'], ['--failure-threshold', 'loud', 'Dockerfile']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^layerlab: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('still reports the readable files when one is missing', () => {
    const r = run(['-f', 'json', 'missing.Dockerfile', 'clean.Dockerfile']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['clean.Dockerfile']);
    expect(r.err).toMatch(/cannot read missing\.Dockerfile: no such file/);
  });

  it('writes valid SARIF 2.1.0', () => {
    const r = run(['--format', 'sarif', 'broken.Dockerfile']);
    const s = JSON.parse(r.out);
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].tool.driver.name).toBe('layerlab');
    const result = s.runs[0].results[0];
    expect(result.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(s.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('writes checkstyle XML and GitLab code quality JSON', () => {
    expect(run(['-f', 'checkstyle', 'broken.Dockerfile']).out).toMatch(/<checkstyle version="4\.3">[\s\S]*<error line="1"/);
    const g = JSON.parse(run(['-f', 'gitlab', 'broken.Dockerfile']).out);
    expect(g[0]).toMatchObject({ location: { path: 'broken.Dockerfile', lines: { begin: 1 } }, severity: 'major' });
    expect(g[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reads a hadolint-style config file from the working directory', () => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'layerlab-cfg-'));
    writeFileSync(join(cfgDir, 'Dockerfile'), 'FORM alpine\n');
    writeFileSync(join(cfgDir, '.hadolint.yaml'), 'failure-threshold: none\n');
    expect(run(['Dockerfile'], undefined, cfgDir).code).toBe(0);
    writeFileSync(join(cfgDir, '.hadolint.yaml'), 'override: [not, a, map\n');
    const bad = run(['Dockerfile'], undefined, cfgDir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not valid YAML/);
  });

  it('survives binary and UTF-16 input', () => {
    writeFileSync(join(dir, 'bin.Dockerfile'), Buffer.from([0, 1, 2, 255, 254, 10, 70, 82, 79, 77]));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FROM alpine\nCMD ["sh"]\n', 'utf16le')]);
    writeFileSync(join(dir, 'utf16.Dockerfile'), utf16);
    const r = run(['-f', 'json', 'bin.Dockerfile', 'utf16.Dockerfile']);
    expect(r.err).not.toMatch(/internal error/);
    const files = JSON.parse(r.out).files;
    expect(files[1].diagnostics.filter((d: { rule: string }) => d.rule === 'dockerfile-syntax')).toEqual([]);
  });

  it('resolves FROM with --build-arg and rejects a malformed one', () => {
    writeFileSync(join(dir, 'arg.Dockerfile'), 'ARG BASE=alpine:3.20\nFROM ${BASE}\nCMD ["true"]\n');
    const r = run(['-f', 'json', '--build-arg', 'BASE=python:3.9', 'arg.Dockerfile']);
    const rules = JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).toContain('base-image-end-of-life');
    expect(run(['--build-arg', 'novalue', 'arg.Dockerfile']).code).toBe(2);
  });

  it('prints the optimized Dockerfile, or a diff, with optimize', () => {
    const r = run(['optimize', 'Dockerfile']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^FROM python:3\.9/m);
    expect(r.out.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(r.err).toMatch(/estimated image .* -> /);
    const d = run(['optimize', '--diff', '--profile', 'safe', 'Dockerfile']);
    expect(d.out).toMatch(/^--- Dockerfile\n\+\+\+ Dockerfile \(optimized\)/);
    expect(d.out).toMatch(/^\+RUN pip install --no-cache-dir -r requirements\.txt$/m);
    // a file with no readable stage comes back as it is: redirecting the output over it must not empty it
    const broken = run(['optimize', '-'], 'FFROM alpine\nRUN true\n');
    expect(broken.code).toBe(0);
    expect(broken.out).toBe('FFROM alpine\nRUN true\n');
    expect(broken.err).toMatch(/nothing to optimize/);
  });

  it('says which changes add bytes and which were held back', () => {
    writeFileSync(
      join(dir, 'pyi.Dockerfile'),
      'FROM python:3.12-slim-bookworm AS b\nRUN pip install --no-cache-dir pyinstaller && pyinstaller --onefile app.py\nFROM scratch\nCOPY --from=b /dist/app /app\nENTRYPOINT ["/app"]\n',
    );
    const repaired = run(['optimize', 'pyi.Dockerfile']);
    expect(repaired.out).toMatch(/^FROM gcr\.io\/distroless\/cc-debian13:nonroot$/m);
    expect(repaired.err).toMatch(/scratch -> gcr\.io\/distroless\/cc-debian13:nonroot \[review, adds ~[\d.]+ MB\]/);
    // a builder stage would ship the same apt libraries again plus a venv: more than it saves here
    writeFileSync(
      join(dir, 'slim.Dockerfile'),
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libgl1-mesa-glx libglib2.0-0 && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY ./src/ ./src/\nCMD ["python", "main.py"]\n',
    );
    const held = run(['optimize', 'slim.Dockerfile']);
    expect(held.err).toMatch(/held back: Build the dependencies in a builder stage.* \(on this file it would make the estimated image bigger and nothing else pays for it\)/);
    expect(held.out).not.toMatch(/AS builder/);
  });

  it('times each file on stderr with --timings, leaving the report as it was', () => {
    const plain = run(['--no-fail', 'Dockerfile', 'clean.Dockerfile']);
    const timed = run(['--no-fail', '--timings', 'Dockerfile', 'clean.Dockerfile']);
    expect(timed.out).toBe(plain.out);
    expect(timed.err).toMatch(/^timings \(full analysis[^\n]*ms for 2 files\nup to 300 lines: 2 files, median [\d.]+ ms, p90 [\d.]+ ms, p99 [\d.]+ ms\n  slowest [\d.]+ ms: (Dockerfile \(7 lines\)|clean\.Dockerfile \(3 lines\))\n$/);
  });

  it("measures the build context from disk: .dockerignore applied, requirements read; a given size replaces the measurement only", () => {
    const app = join(dir, 'ctxapp');
    mkdirSync(join(app, 'data'), { recursive: true });
    writeFileSync(join(app, 'Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n');
    writeFileSync(join(app, 'requirements.txt'), 'flask==3.0.3\n');
    writeFileSync(join(app, 'main.py'), 'print(1)\n');
    writeFileSync(join(app, 'data', 'big.bin'), Buffer.alloc(2_000_000));
    writeFileSync(join(app, '.dockerignore'), 'data\n');
    const layers = (args: string[], input?: string) => JSON.parse(run(['--format', 'json', '--no-fail', ...args], input).out).files[0].layers as { why: string; bytes: number }[];
    const measured = layers(['ctxapp/Dockerfile']);
    expect(measured[3].why).toMatch(/pip install -r requirements\.txt: flask and \d+ more packages/);
    expect(measured[4].why).toMatch(/build context as measured \(4 files\)/);
    expect(measured[4].bytes).toBeLessThan(1_000);
    const sized = layers(['--context-size', '5MB', 'ctxapp/Dockerfile']);
    expect(sized[4].why).toMatch(/as you sized it, 5(\.0)? MB/);
    // the size replaces the measurement, not the requirements: they are still read (second review)
    expect(sized[3].why).toMatch(/pip install -r requirements\.txt: flask and \d+ more packages/);
    const text = 'FROM python:3.12-slim\nCOPY . /app\n';
    expect(layers(['-'], text)[1].why).toMatch(/size unknown/);
    expect(layers(['--context', 'ctxapp', '-'], text)[1].why).toMatch(/as measured/);
  });

  it('prints help and version', () => {
    expect(run(['--help']).out).toMatch(/Usage:/);
    expect(run(['--version']).out).toMatch(/^layerlab \d+\.\d+\.\d+/);
  });
});

describe('layerlab CLI code cache', () => {
  it('writes the cache on the first run and gives the same results from it', () => {
    const own = mkdtempSync(join(tmpdir(), 'layerlab-cache-own-'));
    const first = run(['--format', 'json', 'Dockerfile'], undefined, undefined, { LAYERLAB_CACHE_DIR: own });
    const files = readdirSync(own);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^core-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8$/);
    const second = run(['--format', 'json', 'Dockerfile'], undefined, undefined, { LAYERLAB_CACHE_DIR: own });
    expect(second.code).toBe(first.code);
    expect(second.out).toBe(first.out);
    expect(second.err).toBe(first.err);
  });

  it('replaces a damaged cache file and still runs', () => {
    const own = mkdtempSync(join(tmpdir(), 'layerlab-cache-bad-'));
    run(['clean.Dockerfile'], undefined, undefined, { LAYERLAB_CACHE_DIR: own });
    const [name] = readdirSync(own);
    writeFileSync(join(own, name), Buffer.from('not a V8 code cache at all'));
    const r = run(['--format', 'json', 'clean.Dockerfile'], undefined, undefined, { LAYERLAB_CACHE_DIR: own });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].path).toBe('clean.Dockerfile');
    expect(readdirSync(own)).toEqual([name]);
  });

  it('runs without a cache when told to, or when the cache folder cannot be made', () => {
    const off = mkdtempSync(join(tmpdir(), 'layerlab-cache-off-'));
    const r = run(['clean.Dockerfile'], undefined, undefined, { LAYERLAB_CACHE_DIR: off, LAYERLAB_NO_CACHE: '1' });
    expect(r.code).toBe(0);
    expect(readdirSync(off)).toEqual([]);
    // a file where the folder should be
    writeFileSync(join(off, 'blocked'), 'x');
    const blocked = run(['--format', 'json', 'clean.Dockerfile'], undefined, undefined, { LAYERLAB_CACHE_DIR: join(off, 'blocked', 'sub') });
    expect(blocked.code).toBe(0);
    expect(blocked.err).toBe('');
  });
});
