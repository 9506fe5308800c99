import { describe, it, expect } from 'vitest';
import { pass } from './apt-no-install-recommends';
import { rewrite, runPass } from '../testing';

describe('apt-no-install-recommends', () => {
  it('adds the flag after install', () => {
    expect(rewrite(pass, 'FROM python:3.12\nRUN apt-get update && apt-get install -y gcc\n')).toBe('FROM python:3.12\nRUN apt-get update && apt-get install --no-install-recommends -y gcc\n');
  });
  it('adds ca-certificates for HTTPS tools on Debian images that lack the recommendation', () => {
    expect(rewrite(pass, 'FROM debian:bookworm\nRUN apt-get install -y curl\n')).toBe('FROM debian:bookworm\nRUN apt-get install --no-install-recommends -y curl ca-certificates\n');
    // options after the packages (apt install curl -y): the package goes in right after the option
    expect(rewrite(pass, 'FROM ubuntu:24.04\nRUN apt install curl  -y\n')).toBe('FROM ubuntu:24.04\nRUN apt install --no-install-recommends ca-certificates curl  -y\n');
  });
  it('names the compilers python3-pip recommended when pip installs packages later', () => {
    const out = rewrite(pass, 'FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y python3 python3-pip\nCOPY requirements.txt .\nRUN pip3 install -r requirements.txt\n');
    expect(out).toContain('apt-get install --no-install-recommends -y python3 python3-pip build-essential python3-dev\n');
    // with a compiler asked for, or no pip install, no build-essential is added (gcc brings its headers on a bare base)
    expect(rewrite(pass, 'FROM ubuntu:24.04\nRUN apt-get install -y python3-pip gcc\nRUN pip3 install x\n')).toContain('-y python3-pip gcc libc6-dev\n');
    expect(rewrite(pass, 'FROM ubuntu:24.04\nRUN apt-get install -y python3-pip\n')).toContain('-y python3-pip\n');
  });
  it('works in heredocs and ONBUILD triggers', () => {
    expect(rewrite(pass, 'FROM ubuntu:24.04\nRUN <<EOF\napt-get install -y jq\nEOF\n')).toContain('apt-get install --no-install-recommends -y jq');
    expect(rewrite(pass, 'FROM ubuntu:24.04\nONBUILD RUN apt-get install -y jq\n')).toContain('ONBUILD RUN apt-get install --no-install-recommends -y jq');
  });
  it('leaves commands that already opt out', () => {
    expect(runPass(pass, 'FROM x\nRUN apt-get install --no-install-recommends -y a\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get -o APT::Install-Recommends=false install -y a\n').changes).toHaveLength(0);
  });
  it('names the recommends a tool is rarely used without: automake for autoconf, xauth for xvfb', () => {
    expect(rewrite(pass, 'FROM ubuntu:22.04\nRUN apt-get install -y autoconf libtool xvfb\n')).toBe('FROM ubuntu:22.04\nRUN apt-get install --no-install-recommends -y autoconf libtool xvfb automake xauth\n');
  });
  it('names libc6-dev with gcc, and ca-certificates on a Debian base it does not recognise (oven/bun) and for docker.io (fourth review)', () => {
    expect(rewrite(pass, 'FROM python:3.12-slim\nRUN apt-get install -y gcc libpq-dev\n')).toBe('FROM python:3.12-slim\nRUN apt-get install --no-install-recommends -y gcc libpq-dev libc6-dev\n');
    expect(rewrite(pass, 'FROM oven/bun:1\nRUN apt-get install -y curl\n')).toBe('FROM oven/bun:1\nRUN apt-get install --no-install-recommends -y curl ca-certificates\n');
    expect(rewrite(pass, 'FROM oven/bun:1\nRUN apt-get install -y docker.io\n')).toBe('FROM oven/bun:1\nRUN apt-get install --no-install-recommends -y docker.io ca-certificates\n');
  });
});
