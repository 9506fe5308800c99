import { describe, it, expect } from 'vitest';
import { rule } from './untrusted-registry';
import { linesOf } from '../testing';

const trusted = (...trustedRegistries: string[]) => ({ config: { trustedRegistries } });

describe('untrusted-registry (DL3026)', () => {
  it('flags the bad example and not the good one when configured', () => {
    const opts = trusted('registry.corp.example');
    expect(linesOf(rule, rule.examples.bad, opts)).toEqual([1]);
    expect(linesOf(rule, rule.examples.good, opts)).toEqual([]);
  });
  it('is silent without a trusted list', () => {
    expect(linesOf(rule, 'FROM random.com/debian')).toEqual([]);
  });
  it('checks FROM against exact and wildcard entries', () => {
    expect(linesOf(rule, 'FROM random.com/debian', trusted('docker.io'))).toEqual([1]);
    expect(linesOf(rule, 'FROM random.com/debian', trusted('x.com', 'random.com'))).toEqual([]);
    expect(linesOf(rule, 'FROM scratch', trusted('x.com', 'random.com'))).toEqual([]);
    expect(linesOf(rule, 'FROM x.com/debian', trusted('*.random.com'))).toEqual([1]);
    expect(linesOf(rule, 'FROM foo.random.com/debian', trusted('x.com', '*.random.com'))).toEqual([]);
  });
  it('treats images without a host as Docker Hub', () => {
    const hub = 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3';
    expect(linesOf(rule, hub, trusted('docker.io'))).toEqual([]);
    expect(linesOf(rule, hub, trusted('*'))).toEqual([]);
    expect(linesOf(rule, hub, trusted('trusted.com'))).toEqual([1, 2, 3]);
  });
  it('does not check earlier stages, but checks COPY --from and RUN --mount from= images', () => {
    expect(linesOf(rule, 'FROM random.com/foo AS builder1\nFROM builder1 AS builder2', trusted('random.com'))).toEqual([]);
    expect(linesOf(rule, 'COPY --from=untrusted.com/repo/image:tag /foo /bar', trusted('trusted.com'))).toEqual([1]);
    expect(linesOf(rule, 'COPY --from=trusted.com/repo/image:tag /foo /bar', trusted('trusted.com'))).toEqual([]);
    expect(linesOf(rule, 'RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar', trusted('trusted.com'))).toEqual([1]);
    expect(linesOf(rule, 'RUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar', trusted('trusted.com'))).toEqual([1]);
    expect(linesOf(rule, 'RUN --mount=type=bind,from=trusted.com/repo/image:tag,target=/foo foobar', trusted('trusted.com'))).toEqual([]);
    expect(linesOf(rule, 'RUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar', trusted('trusted.com'))).toEqual([]);
    expect(linesOf(rule, 'FROM trusted.com/a AS build\nCOPY --from=build /a /a\nRUN --mount=from=build,target=/x true', trusted('trusted.com'))).toEqual([]);
  });
});
