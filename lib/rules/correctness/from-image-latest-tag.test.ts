import { describe, it, expect } from 'vitest';
import { rule } from './from-image-latest-tag';
import { linesOf } from '../testing';

describe('from-image-latest-tag (DL3007)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([1]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags :latest, with or without an alias', () => {
    expect(linesOf(rule, 'FROM debian:latest')).toEqual([1]);
    expect(linesOf(rule, 'FROM debian:latest AS builder')).toEqual([1]);
  });
  it('accepts other tags and digests, even next to latest', () => {
    for (const f of [
      'FROM debian:jessie',
      'FROM debian:jessie AS builder',
      'FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb',
      'FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb',
      'FROM debian',
    ]) {
      expect(linesOf(rule, f), f).toEqual([]);
    }
  });
});
