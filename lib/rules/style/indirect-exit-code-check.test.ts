import { describe, it, expect } from 'vitest';
import { rule } from './indirect-exit-code-check';
import { linesOf } from '../testing';

describe('indirect-exit-code-check (SC2181)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags the usual spellings', () => {
    for (const line of ['RUN make; [ "$?" -eq 0 ] || exit 1', 'RUN make; test $? != 0 && exit 1', 'RUN make; if [[ $? -ne 0 ]]; then exit 1; fi', 'RUN make; if (( $? != 0 )); then exit 1; fi', 'ONBUILD RUN make; [ 0 -eq $? ] || exit 1']) {
      expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([2]);
    }
  });
  it('accepts other status comparisons and saved codes', () => {
    for (const line of ['RUN make; [ $? -eq 1 ] && echo warn', 'RUN make; rc=$?; echo "$rc"', 'RUN [ "$x" -eq 0 ] && echo zero', 'RUN [ $? -eq 10 ] && echo x']) {
      expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([]);
    }
  });
});
