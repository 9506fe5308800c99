import { describe, it, expect } from 'vitest';
import { rule } from './redundant-target-platform';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('redundant-target-platform', () => {
  it('flags $TARGETPLATFORM in both spellings', () => {
    expect(linesOf(rule, '\nFROM --platform=$TARGETPLATFORM scratch\n')).toEqual([2]);
    expect(linesOf(rule, '\nFROM --platform=${TARGETPLATFORM} scratch\n')).toEqual([2]);
  });
  it('accepts other platforms', () => {
    expect(linesOf(rule, 'FROM --platform=$BUILDPLATFORM golang\nFROM --platform=linux/amd64 alpine\nFROM alpine\n')).toEqual([]);
  });
  it('fix removes the flag', () => {
    const out = fixOnce(rule, 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS base\n');
    expect(out).toBe('FROM alpine:3.20 AS base\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).stages[0].name).toBe('base');
  });
});
