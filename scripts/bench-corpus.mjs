// Deterministic benchmark inputs: the same text every run, so figures compare across commits.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export const ARTICLE = `FROM python:3.9
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

const BLOCKS = [
  `FROM python:3.12-slim AS builder
ARG PIP_INDEX_URL
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential gcc libpq-dev \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python -m compileall -q .`,
  `FROM node:20 AS web
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build && npm prune --production
EXPOSE 3000
CMD npm start`,
  `FROM golang:1.22 AS gobuild
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app ./cmd/app`,
  `FROM ubuntu:22.04
RUN apt-get update
RUN apt-get install -y curl wget git vim python3 python3-pip
RUN curl -sSL https://example.invalid/install.sh | bash
RUN cd /opt && git clone https://example.invalid/repo.git && cd repo && make install
ADD https://example.invalid/tool.tar.gz /opt/
USER root
HEALTHCHECK CMD curl -f http://localhost/ || exit 1`,
  `FROM alpine:3.20
RUN apk update && apk add curl bash ca-certificates
COPY --from=gobuild /out/app /usr/local/bin/app
RUN for f in $(ls /etc/*.conf); do echo $f; done
ENV PASSWORD=changeme API_KEY=abc
ENTRYPOINT ["/usr/local/bin/app"]`,
];

function fixtures() {
  const dir = join(root, 'lib/optimize/fixtures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.Dockerfile'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Joins realistic blocks until the text has at least `lines` lines. */
export function ofLines(lines) {
  const out = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const b = BLOCKS[i % BLOCKS.length];
    out.push(b);
    n += b.split('\n').length + 1;
  }
  return out.join('\n\n') + '\n';
}

export function corpus() {
  const typical = [...BLOCKS.map((b) => b + '\n'), ...fixtures()];
  return [
    { name: 'small (article, 6 lines)', files: [ARTICLE] },
    { name: `typical (${typical.length} files)`, files: typical },
    { name: '300-line', files: [ofLines(300)] },
    { name: '5,000-line', files: [ofLines(5000)] },
  ];
}
