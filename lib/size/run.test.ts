import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../model/parse';
import { estimateImage } from './estimate';

const layers = (text: string) => estimateImage(parseDockerfile(text)).layers;

describe('RUN analysis', () => {
  it('apk --virtual build deps deleted in the same RUN do not stay', () => {
    const [, kept, gone] = layers('FROM alpine:3.22\nRUN apk add --no-cache gcc musl-dev\nRUN apk add --no-cache --virtual .b gcc musl-dev && apk del .b\n');
    expect(kept.bytes).toBeGreaterThan(100e6);
    expect(gone.bytes).toBeLessThan(1e6);
  });
  it('apk without --no-cache leaves the index', () => {
    const [, a] = layers('FROM alpine:3.22\nRUN apk add curl\n');
    expect(a.why).toMatch(/curl/);
    const [, b] = layers('FROM alpine:3.22\nRUN apk add --no-cache curl\n');
    expect(a.bytes - b.bytes).toBeGreaterThan(1e6);
  });
  it('apt-get purge of build deps in the same RUN frees them', () => {
    const [, l] = layers('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && apt-get purge -y gcc libc6-dev && rm -rf /var/lib/apt/lists/*\n');
    expect(l.bytes).toBeLessThan(5e6);
  });
  it('a purge after `ldd … | xargs apt-mark manual` keeps the shared libraries the -dev packages brought', () => {
    const install = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libicu-dev libzip-dev';
    const [, kept] = layers(`${install} && rm -rf /var/lib/apt/lists/*\n`);
    const [, purged] = layers(`${install} && apt-get purge -y --auto-remove libicu-dev libzip-dev && rm -rf /var/lib/apt/lists/*\n`);
    const [, linked] = layers(`${install} && ldd /usr/local/lib/x.so | awk '{ print $3 }' | xargs -r apt-mark manual && apt-get purge -y --auto-remove libicu-dev libzip-dev && rm -rf /var/lib/apt/lists/*\n`);
    expect(purged.bytes).toBeLessThan(1e6);
    // libicu72 alone is over 30 MB
    expect(linked.bytes).toBeGreaterThan(30e6);
    expect(linked.bytes).toBeLessThan(kept.bytes - 10e6);
    expect(linked.why).toMatch(/shared libraries kept/);
  });
  it('cargo build: a copy of one binary from target/release is a binary, a copy of the directory is the whole build', () => {
    const build = 'FROM rust:1 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n\nFROM debian:bookworm-slim\n';
    const binary = estimateImage(parseDockerfile(`${build}COPY --from=build /src/target/release/app /usr/local/bin/app\n`)).layers.at(-1)!;
    const dir = estimateImage(parseDockerfile(`${build}COPY --from=build /src/target/release /opt/release\n`)).layers.at(-1)!;
    expect(binary.bytes).toBeLessThan(50e6);
    expect(binary.why).toMatch(/Rust binary/);
    expect(dir.bytes).toBeGreaterThan(300e6);
  });
  it('docker-library\'s savedAptMark pattern: an autoremove takes what this RUN installed, not earlier installs', () => {
    const [, earlier, run] = layers(`FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends gcc libc6-dev make; make install; apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; rm -rf /var/lib/apt/lists/*
RUN apt-get purge -y --auto-remove
`);
    expect(earlier.bytes).toBeGreaterThan(20e6);
    expect(run.bytes).toBeLessThan(40e6); // what make install wrote, not gcc
    const [, kept] = layers('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && apt-get purge -y --auto-remove && rm -rf /var/lib/apt/lists/*\n');
    expect(kept.bytes, 'nothing marked auto: an autoremove takes nothing').toBeGreaterThan(50e6);
    const [, marked] = layers('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc curl && apt-mark auto gcc && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*\n');
    expect(marked.bytes).toBeLessThan(kept.bytes / 2);
  });
  it('a bare yarn installs, yarn --version does not', () => {
    const [, , installs] = layers('FROM node:22-slim\nWORKDIR /app\nRUN yarn\n');
    const [, , smoke] = layers('FROM node:22-slim\nWORKDIR /app\nRUN yarn --version\n');
    expect(installs.bytes).toBeGreaterThan(50e6);
    expect(smoke.bytes).toBeLessThan(1e6);
  });
  it('apt config disabling Recommends applies to later installs', () => {
    const [, , l] = layers(`FROM debian:bookworm-slim\nRUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/no-rec\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n`);
    const [, r] = layers('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n');
    expect(l.bytes).toBeLessThan(r.bytes);
  });
  it('npm cache is left unless cleaned; go build leaves caches; curl downloads are counted', () => {
    const [, , a] = layers('FROM node:22-slim\nWORKDIR /app\nRUN npm ci && npm cache clean --force\n');
    const [, , b] = layers('FROM node:22-slim\nWORKDIR /app\nRUN npm ci\n');
    expect(b.bytes).toBeGreaterThan(a.bytes);
    const [, g] = layers('FROM golang:1.27-trixie\nRUN go build -o /out/app .\n');
    expect(g.why).toMatch(/Go/);
    const [, c] = layers('FROM debian:bookworm-slim\nRUN curl -fsSL -o /tmp/x.tgz https://example.com/x.tgz && tar -xzf /tmp/x.tgz -C /opt && rm /tmp/x.tgz\n');
    expect(c.bytes).toBeGreaterThan(10e6);
    expect(c.why).toMatch(/extracted/);
  });
  it('rm -rf in a later layer wastes the earlier bytes without shrinking the image', () => {
    const r = estimateImage(parseDockerfile('FROM python:3.12-slim\nRUN pip install pandas\nRUN rm -rf /root/.cache/pip\n'));
    expect(r.layers[1].wastedBytes).toBeGreaterThan(5e6);
    expect(r.layers[2].bytes).toBe(0);
    expect(r.efficiency).toBeLessThan(1);
  });
  it('a RUN of unknown commands gets a small guessed size', () => {
    const [, l] = layers('FROM debian:bookworm-slim\nRUN ./setup-something --fast\n');
    expect(l.confidence).toBe('guessed');
    expect(l.bytes).toBeLessThan(5e6);
  });
});

describe('RUN exec form', () => {
  it('reads RUN ["apt-get", ...] like the shell form', () => {
    const [, l] = layers('FROM debian:bookworm-slim\nRUN ["apt-get", "install", "-y", "--no-install-recommends", "curl"]\n');
    expect(l.why).toMatch(/curl/);
    expect(l.bytes).toBeGreaterThan(5e6);
  });
});

describe('apt Recommends', () => {
  it('--no-install-recommends on one RUN does not carry over to the next', () => {
    const ls = layers('FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends --no-install-suggests curl\nRUN apt-get install -y git\n');
    const [, , norec] = layers('FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends git\n');
    expect(ls[2].bytes).toBeGreaterThan(norec.bytes);
  });
});
