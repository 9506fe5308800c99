import { describe, it, expect } from 'vitest';
import { rule } from './legacy-backtick-substitution';
import { fixAll, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('legacy-backtick-substitution (SC2006)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags backticks in assignments, for words, ONBUILD and unquoted args', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN v=`uname -m` && echo "$v"')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN for f in `ls`; do echo "$f"; done')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN echo `date`')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN echo \'`date`\'')).toEqual([]);
  });
  it('names the substitution in $(...) form, without the backticks that mark code in messages', () => {
    expect(lint(rule, 'FROM alpine\nRUN v=`uname -m`').map((d) => d.message)).toEqual(['Use $(uname -m) instead of backticks.']);
  });
  it('the fix rewrites to $(...) and still parses', () => {
    const text = 'FROM alpine\nRUN echo `date` \\\n  `uname`';
    const fixed = fixAll(rule, text);
    expect(fixed).toBe('FROM alpine\nRUN echo $(date) \\\n  $(uname)');
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
