/**
 * Properties of the optimizer over generated Dockerfiles (fast-check, seeded) and the
 * hand-written fixtures: the output parses, a second run changes nothing, the estimated
 * image never grows, the image's metadata keeps its meaning, and what a safe pass claims
 * to fix is gone when the output is analysed again.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile } from '../model/parse';
import type { DockerfileModel, Instruction } from '../model/types';
import { analyze } from '../analyze';
import { optimize, passesFor } from './optimize';
import type { OptimizeResult, Profile } from './types';
import { plainArgv } from './passes/exec-form-command';
import { shippedStage } from './edit';

const FIXTURE_DIR = join(__dirname, 'fixtures');
export const FIXTURES: [string, string][] = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.Dockerfile'))
  .sort()
  .map((f) => [f, readFileSync(join(FIXTURE_DIR, f), 'utf8')]);

const PROFILES: Profile[] = ['safe', 'recommended', 'smallest'];

// ------------------------------------------------------------------ generator

const bases = ['python:3.9', 'python', 'python:latest', 'python:3.12-slim', 'python:3.11-alpine', 'node:20', 'node:18-alpine', 'node', 'golang:1.22', 'golang:1.21-alpine',
  'ubuntu:22.04', 'ubuntu', 'debian:bookworm', 'alpine:3.19', 'centos:7', 'fedora:40', 'ruby:3.2', 'rust:1', 'maven:3.9-eclipse-temurin-17', 'nginx', 'nginx:1.25', 'scratch',
  'gcr.io/distroless/static-debian12', 'myorg/custom:1.0', '${BASE}', 'php:8.2-fpm', 'php:8.3-apache'];

const body = [
  'WORKDIR /app', 'WORKDIR /srv/app', 'WORKDIR src', 'COPY . .', 'COPY . /app', 'COPY requirements.txt .', 'COPY package*.json ./', 'COPY package.json package-lock.json ./',
  'COPY go.mod go.sum ./', 'ADD file.txt /opt/file.txt', 'ADD app.tar.gz /opt/', 'ADD https://example.com/x /x', 'ENV A=1', 'ENV B="two words" C=3', 'ENV LEGACY value here',
  'EXPOSE 8080', 'EXPOSE 80/tcp 443', 'VOLUME /data', 'VOLUME ["/a", "/b"]', 'LABEL a=b', 'LABEL org.opencontainers.image.title="x y"', 'ARG X=1', 'ARG TOKEN', 'USER nobody',
  'RUN apt-get update', 'RUN apt-get install -y curl', 'RUN apt-get update && apt-get install -y gcc libpq-dev', 'RUN apt-get -qq update && apt-get -qqy install git vim',
  'RUN apt-get update \\\n    && apt-get install -y \\\n        ca-certificates \\\n        wget', 'RUN apt-get update && \\\n    apt-get install -y make && \\\n    make install',
  'RUN pip install -r requirements.txt', 'RUN pip install flask gunicorn', 'RUN pip3 install --upgrade pip', 'RUN python -m pip install -r requirements.txt',
  'RUN npm install', 'RUN npm ci', 'RUN npm run build', 'RUN npm install -g pm2', 'RUN yarn install', 'RUN apk add curl', 'RUN apk update && apk add --virtual .deps gcc',
  'RUN yum install -y httpd', 'RUN dnf -y install python3', 'RUN cd /app && make', 'RUN cd build && cmake .. && make', 'RUN rm -rf /var/lib/apt/lists/*', 'RUN apt-get clean',
  'RUN go build -o /bin/app .', 'RUN go mod download', 'RUN CGO_ENABLED=0 go build -o app ./cmd/app', 'RUN cargo build --release', 'RUN mvn -B package',
  'RUN echo "hello" > /etc/motd', 'RUN mkdir -p /data && chown nobody /data', 'RUN set -e; export X=1; echo $X', 'RUN if [ -f x ]; then echo y; fi',
  'RUN curl -fsSL https://example.com/install.sh | sh', 'RUN <<EOF\napt-get update\napt-get install -y jq\nEOF', '# a comment', '', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1',
  'STOPSIGNAL SIGTERM', 'SHELL ["/bin/bash", "-c"]', 'ONBUILD RUN pip install -r requirements.txt',
  'RUN apt-get update && apt-get install -y libzip-dev libicu-dev git && docker-php-ext-install zip intl',
  '# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y libpng-dev gcc make && pecl install redis && docker-php-ext-enable redis',
  'RUN docker-php-ext-install pdo_mysql',
];

const ends = ['CMD python app.py', 'CMD ["python", "app.py"]', 'ENTRYPOINT ["/bin/app"]', 'CMD ["/bin/app"]', 'CMD ./main', 'CMD npm start', 'CMD ["node", "server.js"]',
  'CMD ["java", "-jar", "target/app.jar"]', 'CMD ["./target/release/app"]', 'ENTRYPOINT exec python -m srv', 'CMD echo $HOME && sleep 1', 'CMD ["nginx", "-g", "daemon off;"]', '',
  'ENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["postgres"]', 'CMD ["php-fpm"]'];

const stageArb = fc.record({
  base: fc.constantFrom(...bases),
  alias: fc.boolean(),
  lines: fc.array(fc.constantFrom(...body), { maxLength: 9 }),
  end: fc.constantFrom(...ends),
});

const fileArb = fc.record({
  syntax: fc.constantFrom('', '# syntax=docker/dockerfile:1\n', '# syntax=docker/dockerfile:1.0\n'),
  globalArg: fc.boolean(),
  stages: fc.array(stageArb, { minLength: 1, maxLength: 2 }),
  lower: fc.boolean(),
  fromPrevious: fc.boolean(),
}).map(({ syntax, globalArg, stages, lower, fromPrevious }) => {
  const out: string[] = [];
  if (syntax) out.push(syntax.trimEnd());
  if (globalArg) out.push('ARG BASE=python:3.11');
  stages.forEach((s, i) => {
    const base = i > 0 && fromPrevious ? 'stage0' : s.base;
    out.push(`FROM ${base}${s.alias || (i === 0 && stages.length > 1) ? ` AS stage${i}` : ''}`);
    if (i > 0 && stages.length > 1 && !fromPrevious) out.push('COPY --from=stage0 /app /app');
    out.push(...s.lines);
    if (s.end) out.push(s.end);
  });
  let text = out.join('\n') + '\n';
  if (lower) text = text.replace(/^(FROM|RUN|COPY|ADD|ENV|WORKDIR|CMD|ENTRYPOINT|EXPOSE|LABEL)\b/gm, (k) => k.toLowerCase());
  return text;
});

// ------------------------------------------------------------------ properties

function newParseProblems(before: DockerfileModel, after: DockerfileModel): string[] {
  const known = new Set(before.parseDiagnostics.map((d) => d.message));
  return after.parseDiagnostics.map((d) => d.message).filter((m) => !known.has(m));
}

/** The shipped image's metadata as meaning, not text: ENV, EXPOSE, VOLUME, LABEL, start command. */
export function meaning(model: DockerfileModel): Record<string, string> {
  const stage = shippedStage(model);
  const chain: Instruction[] = [];
  for (let s = stage; s; s = s.baseStage !== null ? model.stages[s.baseStage] : null) chain.unshift(...s.instructions);
  const m: Record<string, string> = {};
  const exposes = new Set<string>();
  const volumes = new Set<string>();
  for (const ins of chain) {
    if (ins.keyword === 'ENV') for (const p of ins.pairs) m[`env:${p.key}`] = p.value;
    if (ins.keyword === 'LABEL') for (const p of ins.pairs) m[`label:${p.key}`] = p.value;
    if (ins.keyword === 'EXPOSE') ins.words.forEach((w) => exposes.add(w.value.includes('/') ? w.value : `${w.value}/tcp`));
    if (ins.keyword === 'VOLUME') (ins.json ?? ins.words.map((w) => w.value)).forEach((v) => volumes.add(v));
    if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
      const argv = ins.json ?? plainArgv(ins) ?? ['/bin/sh', '-c', ins.argsText];
      m[ins.keyword] = JSON.stringify(argv);
      if (ins.keyword === 'ENTRYPOINT' && !chain.slice(chain.indexOf(ins)).some((i) => i.keyword === 'CMD')) delete m.CMD;
    }
  }
  m.expose = [...exposes].sort().join(' ');
  m.volume = [...volumes].sort().join(' ');
  return m;
}

function checkResult(input: string, profile: Profile, r: OptimizeResult): void {
  const before = parseDockerfile(input);
  const after = parseDockerfile(r.dockerfile);
  expect(newParseProblems(before, after), 'output parses').toEqual([]);
  const again = optimize(r.dockerfile, { profile });
  expect(again.dockerfile, 'idempotent').toBe(r.dockerfile);
  // a repair (a C library for a program that cannot start without one) may add what it says it adds
  const repaired = r.changes.filter((c) => c.enabled && c.pass === 'runtime-with-libc').reduce((sum, c) => sum + Math.max(0, -c.savedBytes), 0);
  if (r.originalBytes !== null && r.image !== null) expect(r.image.bytes, 'never grows').toBeLessThanOrEqual(r.originalBytes + repaired);
  const m0 = meaning(before);
  const m1 = meaning(after);
  // the Python venv adds itself to PATH: the only ENV a change adds, and it says so
  if (r.changes.some((c) => c.enabled && c.pass === 'multi-stage-python')) delete m1['env:PATH'];
  // on distroless Python the image's ENTRYPOINT is the interpreter
  if (r.changes.some((c) => c.enabled && c.pass === 'multi-stage-python') && /^gcr\.io\/distroless\/python3-/.test(shippedStage(after)?.image.raw ?? '')) {
    asPythonRun(m0, false);
    asPythonRun(m1, true);
  }
  // as one PyInstaller executable, `python app.py args` runs as `/usr/local/bin/app args`
  if (r.changes.some((c) => c.enabled && c.pass === 'multi-stage-python') && /^gcr\.io\/distroless\/cc-/.test(shippedStage(after)?.image.raw ?? '')) {
    asFrozenRun(m0, (argv) => (/^python(3(\.\d+)?)?$/.test(argv[0] ?? '') ? [argv[1].replace(/^.*\//, '').replace(/\.py$/, ''), ...argv.slice(2)] : argv));
    asFrozenRun(m1, (argv) => (/^\/usr\/local\/bin\//.test(argv[0] ?? '') ? [argv[0].replace(/^.*\//, ''), ...argv.slice(1)] : argv));
  }
  // on distroless Node the image's ENTRYPOINT is node: compare the argv that runs
  if (r.changes.some((c) => c.enabled && c.pass === 'multi-stage-node') && /^gcr\.io\/distroless\/nodejs\d+-/.test(shippedStage(after)?.image.raw ?? '')) {
    asInterpreterRun(m0, null, /^(\/usr\/local\/bin\/)?node$/, 'node');
    asInterpreterRun(m1, 'node', /^(\/nodejs\/bin\/)?node$/, 'node');
  }
  expect(m1, 'metadata meaning kept').toEqual(m0);
}

/** The start command as the argv that runs, the interpreter written `python` however it was named. */
function asPythonRun(m: Record<string, string>, interpreterEntrypoint: boolean): void {
  asInterpreterRun(m, interpreterEntrypoint ? 'python' : null, /^(\/usr\/bin\/)?python(3(\.\d+)?)?$/, 'python');
}

/** The start command as the argv that runs: the image's own ENTRYPOINT (`imageEntrypoint`) first, the interpreter named `name`. */
function asInterpreterRun(m: Record<string, string>, imageEntrypoint: string | null, interpreter: RegExp, name: string): void {
  const entrypoint: string[] | null = m.ENTRYPOINT ? JSON.parse(m.ENTRYPOINT) : null;
  const argv = [...(entrypoint ?? (imageEntrypoint ? [imageEntrypoint] : [])), ...(m.CMD ? JSON.parse(m.CMD) : [])];
  if (interpreter.test(argv[0] ?? '')) argv[0] = name;
  delete m.CMD;
  m.ENTRYPOINT = entrypoint ? 'set' : 'image';
  m.run = JSON.stringify(argv);
}

/** The start command as the argv that runs, with the program named as `program` names it. */
function asFrozenRun(m: Record<string, string>, program: (argv: string[]) => string[]): void {
  asInterpreterRun(m, null, /^$/, '');
  m.run = JSON.stringify(program(JSON.parse(m.run)));
}

/** Rule ids and aliases of findings a safe pass claims to fix, still present in the output. */
function unresolved(r: OptimizeResult, profile: Profile): string[] {
  const claims = new Set(passesFor(profile).filter((p) => p.risk === 'safe').flatMap((p) => p.resolves));
  const diags = analyze(r.dockerfile).diagnostics;
  return diags.filter((d) => claims.has(d.rule) || d.aliases.some((a) => claims.has(a)))  .map((d) => d.rule)
    .filter((r, i, a) => a.indexOf(r) === i)
    .sort();
}

describe('optimizer properties on generated Dockerfiles', () => {
  for (const profile of PROFILES) {
    it(`${profile}: parses, idempotent, never grows, keeps meaning`, () => {
      fc.assert(
        fc.property(fileArb, (text) => {
          checkResult(text, profile, optimize(text, { profile }));
        }),
        { seed: 20261128, numRuns: 150 },
      );
    });
  }
});

describe('optimizer properties on the fixtures', () => {
  for (const profile of PROFILES) {
    it.each(FIXTURES)(`${profile}: %s`, (_name, text) => {
      const r = optimize(text, { profile });
      checkResult(text, profile, r);
    });
  }
  it.each(FIXTURES)('safe passes leave none of the findings they claim on %s', (name, text) => {
    const r = optimize(text, { profile: 'recommended' });
    expect(unresolved(r, 'recommended'), name).toEqual(KNOWN_LEFT[name] ?? []);
  });
});

/**
 * Findings a safe pass names but cannot fix on that file, and why (reported, not hidden):
 * each is a case the pass must leave alone to keep behaviour.
 */
const KNOWN_LEFT: Record<string, string[]> = {
  // pip runs with a BuildKit cache mount on ~/.cache/pip, so nothing is cached in the layer; the rule does not look at mounts
  'python-cache-mount.Dockerfile': ['pip-cache-not-disabled'],
  // `CMD python -c ... > /dev/null` needs a shell for the redirect: exec form would change what runs
  'weird-args-onbuild.Dockerfile': ['cmd-not-exec-form', 'json-args-for-cmd-entrypoint'],
  // `CMD ./run.sh`: a script without a #! line runs only through the shell, and the file is not in view
  'fedora-dnf.Dockerfile': ['cmd-not-exec-form', 'json-args-for-cmd-entrypoint'],
  // `CMD npm start && echo done` is a shell list: exec form cannot express it
  'weird-shell-cmd.Dockerfile': ['cmd-not-exec-form', 'json-args-for-cmd-entrypoint'],
};
