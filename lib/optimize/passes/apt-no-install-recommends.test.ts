import { describe, it, expect } from 'vitest';
import { pass } from './apt-no-install-recommends';
import { rewrite, runPass } from '../testing';

describe('apt-no-install-recommends', () => {
  it('adds the flag after install', () => {
    expect(rewrite(pass, 'FROM python:3.12\nRUN apt-get update && apt-get install -y gcc\n')).toBe('FROM python:3.12\nRUN apt-get update && apt-get install --no-install-recommends -y gcc\n');
  });
  it('adds ca-certificates for HTTPS tools on Debian images that lack the recommendation', () => {
    expect(rewrite(pass, 'FROM debian:bookworm\nRUN apt-get install -y curl\n')).toBe('FROM debian:bookworm\nRUN apt-get install --no-install-recommends -y curl ca-certificates\n');
  });
  it('works in heredocs and ONBUILD triggers', () => {
    expect(rewrite(pass, 'FROM ubuntu:24.04\nRUN <<EOF\napt-get install -y jq\nEOF\n')).toContain('apt-get install --no-install-recommends -y jq');
    expect(rewrite(pass, 'FROM ubuntu:24.04\nONBUILD RUN apt-get install -y jq\n')).toContain('ONBUILD RUN apt-get install --no-install-recommends -y jq');
  });
  it('leaves commands that already opt out', () => {
    expect(runPass(pass, 'FROM x\nRUN apt-get install --no-install-recommends -y a\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get -o APT::Install-Recommends=false install -y a\n').changes).toHaveLength(0);
  });
});
