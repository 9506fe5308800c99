import { describe, it, expect } from 'vitest';
import { rule } from './from-platform-flag';
import { linesOf } from '../testing';

describe('from-platform-flag (DL3029)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([1]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags a fixed platform', () => {
    expect(linesOf(rule, 'FROM --platform=linux debian:jessie')).toEqual([1]);
  });
  it('accepts no flag and the build platform variables', () => {
    for (const f of [
      'FROM debian:jessie',
      'FROM --platform=$BUILDPLATFORM debian:jessie',
      'FROM --platform="$BUILDPLATFORM" debian:jessie',
      'FROM --platform=${BUILDPLATFORM} debian:jessie',
      'FROM --platform=${BUILDPLATFORM:-} debian:jessie',
      'FROM --platform="${BUILDPLATFORM:-}" debian:jessie',
      'FROM --platform=$TARGETPLATFORM debian:jessie',
    ]) {
      expect(linesOf(rule, f), f).toEqual([]);
    }
  });
});
