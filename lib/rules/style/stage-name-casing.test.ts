import { describe, it, expect } from 'vitest';
import { rule } from './stage-name-casing';
import { linesOf } from '../testing';

describe('stage-name-casing', () => {
  it('flags an uppercase stage name', () => {
    expect(linesOf(rule, '\n#\n#\nFROM scratch AS BadStageName\n\nFROM scratch as base2\n')).toEqual([4]);
    expect(linesOf(rule, 'FROM scratch AS BadStageName\nMAINTAINER me@example.org\n')).toEqual([1]);
  });
  it('accepts lowercase names, names with digits and dashes, and no name', () => {
    expect(linesOf(rule, 'FROM scratch AS base-2_x\nFROM scratch\n')).toEqual([]);
  });
});
