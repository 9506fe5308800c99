import { describe, it, expect } from 'vitest';
import { rule } from './copy-from-own-stage';
import { linesOf } from '../testing';

describe('copy-from-own-stage (DL3023)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags a COPY from its own stage, by alias or index', () => {
    expect(linesOf(rule, 'FROM node as foo\nCOPY --from=foo bar .')).toEqual([2]);
    expect(linesOf(rule, 'FROM node as foo\nFROM node\nCOPY --from=1 bar .')).toEqual([3]);
  });
  it('accepts copies from other stages', () => {
    expect(linesOf(rule, 'FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz')).toEqual([]);
  });
});
