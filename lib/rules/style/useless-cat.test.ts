import { describe, it, expect } from 'vitest';
import { rule } from './useless-cat';
import { linesOf } from '../testing';

describe('useless-cat (SC2002)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags quoted names and ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN cat "/etc/os-release" | grep ID')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN cat a | sh')).toEqual([2]);
  });
  it('accepts several files, globs, options, expansions and cat at the end of a pipe', () => {
    for (const line of ['RUN cat a b | sort', 'RUN cat *.txt | sort', 'RUN cat -n a | head', 'RUN cat $F | sort', 'RUN echo x | cat', 'RUN cat a', 'RUN cat < a | sort']) {
      expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([]);
    }
  });
});
