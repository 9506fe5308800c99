import { describe, it, expect } from 'vitest';
import { rule as findRule } from './loop-over-find-output';
import { rule as lsRule } from './loop-over-ls-output';
import { linesOf } from '../testing';

describe('loop-over-find-output (SC2044), checked beside SC2045', () => {
  it('flag the bad examples and not the good ones', () => {
    expect(linesOf(findRule, findRule.examples.bad)).toEqual([2]);
    expect(linesOf(findRule, findRule.examples.good)).toEqual([]);
    expect(linesOf(lsRule, lsRule.examples.bad)).toEqual([2]);
    expect(linesOf(lsRule, lsRule.examples.good)).toEqual([]);
  });
  it('flag backticks and ONBUILD, each only its own command', () => {
    expect(linesOf(lsRule, 'FROM alpine\nRUN for f in `ls`; do echo "$f"; done')).toEqual([2]);
    expect(linesOf(findRule, 'FROM alpine\nONBUILD RUN for f in $(find .); do echo "$f"; done')).toEqual([2]);
    expect(linesOf(findRule, 'FROM alpine\nRUN for f in $(ls); do echo "$f"; done')).toEqual([]);
  });
  it('accept quoted substitutions, pipelines inside and several words', () => {
    for (const line of ['RUN for f in "$(ls)"; do echo "$f"; done', 'RUN for f in $(ls | grep a); do echo "$f"; done', 'RUN for f in a $(ls); do echo "$f"; done', 'RUN for f in *; do echo "$f"; done']) {
      expect(linesOf(lsRule, `FROM alpine\n${line}`), line).toEqual([]);
    }
  });
});
