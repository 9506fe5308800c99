import { describe, it, expect } from 'vitest';
import { rule } from './glob-may-expand-to-option';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('glob-may-expand-to-option (SC2035)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags rm *, ? globs and ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN rm -rf *')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN tar czf a.tgz ?.txt')).toEqual([2]);
  });
  it('accepts paths, quoted globs, echo, and globs after --', () => {
    for (const line of ['RUN rm -rf /var/lib/apt/lists/*', 'RUN rm -- *.tmp', 'RUN echo *', 'RUN find . -name "*.pyc" -delete', 'RUN ls ./*', 'RUN cp [ab].txt /x']) {
      expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([]);
    }
  });
  it('the fix prefixes ./', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toContain('chmod +x ./*.sh');
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
