import { describe, it, expect } from 'vitest';
import { rule } from './unknown-base-image-platform';
import { linesOf } from '../testing';

describe('unknown-base-image-platform', () => {
  it('flags a misspelled architecture or OS', () => {
    expect(linesOf(rule, 'FROM --platform=linux/amd46 alpine\n')).toEqual([1]);
    expect(linesOf(rule, 'FROM --platform=lunix/amd64 alpine\n')).toEqual([1]);
  });
  it('accepts real platforms, variants, bare architectures and variables', () => {
    expect(linesOf(rule, 'FROM --platform=linux/arm/v7 a\nFROM --platform=windows/amd64 b\nFROM --platform=arm64 c\nFROM --platform=$BUILDPLATFORM d\nFROM e\n')).toEqual([]);
  });
});
