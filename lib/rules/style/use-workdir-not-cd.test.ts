import { describe, it, expect } from 'vitest';
import { rule } from './use-workdir-not-cd';
import { linesOf } from '../testing';

describe('use-workdir-not-cd (DL3003)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags cd in RUN, ONBUILD RUN and heredocs, once per RUN', () => {
    expect(linesOf(rule, 'FROM debian\nRUN cd /opt')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN cd /opt && make')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nRUN <<EOF\ncd /opt\ncd /usr\nEOF')).toEqual([2]);
  });
  it('accepts WORKDIR and cd as an argument', () => {
    expect(linesOf(rule, 'FROM debian\nWORKDIR /opt')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nRUN echo cd /opt')).toEqual([]);
  });
});
