import { describe, it, expect } from 'vitest';
import { rule } from './sudo-in-run';
import { linesOf } from '../testing';

describe('sudo-in-run (DL3004)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags sudo anywhere in a RUN, once, also in ONBUILD', () => {
    for (const run of ['RUN sudo apt-get update', 'RUN apt-get update && sudo apt-get install', 'RUN sudo a && sudo b']) {
      expect(linesOf(rule, `FROM debian\n${run}`), run).toEqual([2]);
      expect(linesOf(rule, `FROM debian\nONBUILD ${run}`), run).toEqual([2]);
    }
  });
  it('does not flag installing the sudo package', () => {
    expect(linesOf(rule, 'FROM debian\nRUN apt-get install sudo')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN apt-get install sudo')).toEqual([]);
  });
});
