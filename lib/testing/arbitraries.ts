/** fast-check generators of Dockerfile-like text, shared by the property tests. */
import fc from 'fast-check';

const word = fc.constantFrom(
  'curl', 'wget', 'git', 'gcc', 'build-essential', 'python3', 'ca-certificates', 'numpy', 'requests', 'express',
  '/app', '.', './src', '/tmp/x', '$HOME', '${VAR}', '"quoted arg"', "'single'", '*.txt', '1.2.3', 'pkg=1.0', '-y',
  '--no-install-recommends', '--no-cache-dir', '--no-cache', '&&', '||', ';', '|', '\\\n   ', '$(date)', '`id`',
);

const shellLine = fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));

const runLine = fc.oneof(
  shellLine.map((s) => `RUN ${s}`),
  fc.constant('RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
  fc.constant('RUN apk add --no-cache git'),
  fc.constant('RUN pip install -r requirements.txt'),
  fc.constant('RUN npm install'),
  fc.constant('RUN cd /app && make'),
  fc.constant('RUN curl -sSL https://example.invalid/install.sh | sh'),
  fc.constant('RUN <<EOF\nset -e\necho hi\nEOF'),
  fc.constant('RUN ["apt-get", "install", "-y", "curl"]'),
  fc.constant('RUN --mount=type=cache,target=/root/.cache/pip pip install flask'),
);

const instruction = fc.oneof(
  { weight: 4, arbitrary: runLine },
  { weight: 2, arbitrary: fc.constantFrom('FROM python:3.9', 'FROM node:20-alpine AS build', 'FROM scratch', 'FROM ubuntu', 'FROM golang:1.22 AS builder', 'FROM build', 'FROM gcr.io/distroless/static') },
  { weight: 1, arbitrary: fc.constantFrom('COPY . .', 'COPY --from=build /app /app', 'COPY requirements.txt .', 'ADD https://example.invalid/x.tgz /tmp/', 'ADD app.tar.gz /opt/') },
  { weight: 1, arbitrary: fc.constantFrom('WORKDIR /app', 'WORKDIR app', 'USER root', 'USER 1000', 'EXPOSE 80', 'EXPOSE 22/tcp', 'ENV A=1 B=2', 'ENV PASSWORD secret', 'ARG TOKEN', 'LABEL a=b') },
  { weight: 1, arbitrary: fc.constantFrom('CMD ["python", "main.py"]', 'CMD python main.py', 'ENTRYPOINT ["/app"]', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'ONBUILD RUN make', 'MAINTAINER me', 'STOPSIGNAL SIGTERM', 'VOLUME /data') },
  { weight: 1, arbitrary: fc.constantFrom('# a comment', '', '# hadolint ignore=DL3008', 'from alpine as Base', 'FOO bar', '\t', '# syntax=docker/dockerfile:1') },
);

/** A plausible Dockerfile, usually starting with FROM. */
export const dockerfile = fc
  .tuple(fc.boolean(), fc.array(instruction, { minLength: 0, maxLength: 25 }))
  .map(([startWithFrom, lines]) => (startWithFrom ? ['FROM debian:bookworm', ...lines] : lines).join('\n') + '\n');

/** Damage a text the way pastes and edits do: drop, duplicate or swap lines, insert junk. */
export const mutated = fc
  .tuple(dockerfile, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'swap', 'junk', 'quote', 'cont')), { maxLength: 6 }), fc.string({ maxLength: 20 }))
  .map(([text, ops, junk]) => {
    const lines = text.split('\n');
    for (const [a, b, op] of ops) {
      if (!lines.length) break;
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'drop') lines.splice(i, 1);
      else if (op === 'dup') lines.splice(i, 0, lines[i]);
      else if (op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
      else if (op === 'junk') lines[i] = lines[i] + junk;
      else if (op === 'quote') lines[i] = lines[i] + ' "unbalanced';
      else lines[i] = lines[i] + ' \\';
    }
    return lines.join('\n');
  });
