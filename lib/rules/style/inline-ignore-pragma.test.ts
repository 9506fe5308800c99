import { describe, it, expect } from 'vitest';
import { rule } from './inline-ignore-pragma';
import { linesOf } from '../testing';

describe('inline-ignore-pragma (DL1001)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags hadolint and layerlab inline ignores', () => {
    expect(linesOf(rule, '# hadolint ignore=DL3003\nRUN foo bar')).toEqual([1]);
    expect(linesOf(rule, 'FROM debian\n# layerlab ignore=use-workdir-not-cd\nRUN cd /x')).toEqual([2]);
  });
  it('ignores other pragmas and comments', () => {
    expect(linesOf(rule, '# hadolint shell=powershell\nRUN foo bar')).toEqual([]);
    expect(linesOf(rule, '# foobar\nRUN foo bar')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nRUN foo bar')).toEqual([]);
    expect(linesOf(rule, '# hadolint global ignore=DL3003\nRUN foo bar')).toEqual([]);
  });
});
