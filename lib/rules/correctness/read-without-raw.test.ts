import { describe, it, expect } from 'vitest';
import { rule } from './read-without-raw';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('read-without-raw (SC2162)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('understands flag clusters and ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN read -p "x" v')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN read v < /f')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN IFS= read -er v < /f')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nRUN read -t 5 -r v < /f')).toEqual([]);
  });
  it('the fix adds -r', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toContain('while read -r line');
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
