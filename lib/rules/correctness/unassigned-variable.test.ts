import { describe, it, expect } from 'vitest';
import { rule } from './unassigned-variable';
import { linesOf } from '../testing';

describe('unassigned-variable (SC2154)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('follows hadolint: ARG/ENV count as set, reset at FROM; ONBUILD too', () => {
    expect(linesOf(rule, 'FROM debian\nARG foo=bar\nARG another_foo\nENV bar=10 baz=20\nRUN echo "$foo" "$another_foo" "$bar" "$baz"')).toEqual([]);
    expect(linesOf(rule, 'ARG foo=bar\nFROM debian\nRUN echo "$foo"')).toEqual([3]);
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN echo "$foo"')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nRUN echo "$http_proxy" "$no_proxy"')).toEqual([]);
  });
  it('accepts script assignments, loops, read, guarded and upper-case names', () => {
    const ok = [
      'RUN foo=1; echo "$foo"',
      'RUN for f in a b; do echo "$f"; done',
      'RUN read -r line < /f && echo "$line"',
      'RUN echo "${foo:-default}"',
      'RUN echo "$HOME" "$PATH" "$JAVA_HOME"',
      'RUN export foo && echo "$foo"',
      'RUN f() { local x=1; echo "$x"; }',
      "RUN sh -c 'echo $foo'",
    ];
    for (const line of ok) expect(linesOf(rule, `FROM debian\n${line}`), line).toEqual([]);
  });
});
