import { describe, it, expect } from 'vitest';
import { rule } from './from-platform-constant';
import { linesOf } from '../testing';

describe('from-platform-constant', () => {
  it('flags a constant platform', () => {
    expect(linesOf(rule, '\nFROM --platform=linux/amd64 scratch\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM --platform=linux/arm64 alpine AS build\n')).toEqual([1]);
  });
  it('accepts a stage named after its OS or architecture', () => {
    expect(linesOf(rule, '\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n')).toEqual([]);
    expect(linesOf(rule, '\nFROM --platform=linux/amd64 scratch AS linux\n')).toEqual([]);
  });
  it('accepts variables and no flag', () => {
    expect(linesOf(rule, 'FROM --platform=$BUILDPLATFORM golang\nFROM --platform=${TARGETPLATFORM} alpine\nFROM alpine\n')).toEqual([]);
  });
});
