import { describe, it, expect } from 'vitest';
import { rule } from './echo-with-escape-sequences';
import { linesOf } from '../testing';

describe('echo-with-escape-sequences (SC2028)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags double quotes and ONBUILD, accepts -e, plain text and escaped backslashes', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN echo "a\\tb"')).toEqual([2]);
    expect(linesOf(rule, "FROM alpine\nONBUILD RUN echo 'a\\nb'")).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN echo -e "a\\nb"')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nRUN echo "C:\\\\new"')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nRUN echo a\\nb')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nRUN echo "hello world"')).toEqual([]);
  });
});
