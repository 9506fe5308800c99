import { describe, it, expect } from 'vitest';
import { rule } from './copy-from-unknown-stage';
import { linesOf } from '../testing';

describe('copy-from-unknown-stage (DL3022)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([4]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags unknown names, stages defined later and indexes out of range', () => {
    expect(linesOf(rule, 'COPY --from=foo bar .')).toEqual([1]);
    expect(linesOf(rule, 'FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz')).toEqual([2]);
    expect(linesOf(rule, 'COPY --from=0 bar .')).toEqual([1]);
    expect(linesOf(rule, 'FROM scratch\nCOPY --from=2 bar .')).toEqual([2]);
  });
  it('accepts earlier aliases, valid indexes and external images', () => {
    for (const f of [
      'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz',
      'FROM scratch as Build\nFROM node\nCOPY --from=build foo .',
      'COPY --from=haskell:latest bar .',
      'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .',
      'FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .',
      'FROM node\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/tool',
      'FROM node\nCOPY --from=${BUILDER} /a /a',
    ]) {
      expect(linesOf(rule, f), f).toEqual([]);
    }
  });
});
