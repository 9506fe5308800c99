import { describe, it, expect } from 'vitest';
import { rule } from './duplicate-stage-alias';
import { linesOf } from '../testing';

describe('duplicate-stage-alias (DL3024)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags a repeated alias, whatever its case', () => {
    expect(linesOf(rule, 'FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something')).toEqual([3]);
    expect(linesOf(rule, 'FROM node as foo\nFROM scratch AS FOO')).toEqual([2]);
  });
  it('accepts unique aliases and unnamed stages', () => {
    expect(linesOf(rule, 'FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nFROM scratch')).toEqual([]);
  });
});
