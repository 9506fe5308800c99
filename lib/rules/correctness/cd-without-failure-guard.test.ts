import { describe, it, expect } from 'vitest';
import { rule } from './cd-without-failure-guard';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('cd-without-failure-guard (SC2164)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags an unchecked cd at the end of a chain, after ;, after ||, in ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN mkdir /x && cd /x')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN false || cd /x')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN cd /x; make')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN <<EOF\ncd /x\nmake\nEOF')).toEqual([3]);
  });
  it('accepts checked uses', () => {
    const ok = [
      'RUN cd /x && make',
      'RUN a && cd /x && make',
      'RUN cd /x || exit 1',
      'RUN if cd /x; then make; fi',
      'RUN (cd /x && make) && echo done',
      'RUN (cd /x; make) && echo done',
      'RUN cd ..; make',
      'RUN set -e; cd /x; make',
      'RUN set -eux; cd /x; make',
      'RUN while cd /x; do break; done',
    ];
    for (const line of ok) expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([]);
  });
  it('the fix appends || exit', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toContain('cd /usr/src/app || exit; make');
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
