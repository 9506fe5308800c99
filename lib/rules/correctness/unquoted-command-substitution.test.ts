import { describe, it, expect } from 'vitest';
import { rule } from './unquoted-command-substitution';
import { linesOf } from '../testing';

describe('unquoted-command-substitution (SC2046)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags backticks and ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN rm `cat list`')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN apt-get install -y $(cat pkgs)')).toEqual([2]);
  });
  it('accepts quoted, assigned, command-name, for, seq and pgrep uses', () => {
    const ok = [
      'RUN x=$(pwd) && echo "$x"',
      'RUN export DIR=$(pwd)',
      'RUN $(which python3) --version',
      'RUN for i in $(seq 1 3); do echo "$i"; done',
      'RUN kill $(pgrep foo)',
      'RUN echo "$(date)"',
      'RUN diff <(ls a) <(ls b)',
      'RUN echo $(( 1 + 2 ))',
    ];
    for (const line of ok) expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([]);
  });
});
