import { describe, it, expect } from 'vitest';
import { rule } from './cmd-not-exec-form';
import { linesOf } from '../testing';

describe('cmd-not-exec-form (DL3025)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags shell-form CMD and ENTRYPOINT', () => {
    expect(linesOf(rule, 'FROM node as foo\nENTRYPOINT something')).toEqual([2]);
    expect(linesOf(rule, 'FROM node as foo\nCMD something')).toEqual([2]);
  });
  it('accepts JSON form, spaced and split over continuation lines', () => {
    expect(linesOf(rule, 'FROM scratch as build\nENTRYPOINT ["foo", "bar"]')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch as build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]')).toEqual([]);
    expect(linesOf(rule, 'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]')).toEqual([]);
  });
});
