import { describe, it, expect } from 'vitest';
import { rule } from './possibly-misspelled-variable';
import { lint, linesOf } from '../testing';

describe('possibly-misspelled-variable (SC2153)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(lint(rule, rule.examples.bad)[0].message).toContain('APP_VERSION');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags near-misses of the proxy variables (hadolint: $RTTP_PROXY), also in ONBUILD', () => {
    expect(linesOf(rule, 'FROM debian\nRUN echo "$RTTP_PROXY"')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN echo "$RTTP_PROXY"')).toEqual([2]);
  });
  it('accepts exact names, unrelated names and lower-case names', () => {
    expect(linesOf(rule, 'FROM debian\nRUN echo "$HTTP_PROXY" "$HOME" "$JAVA_HOME"')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nARG VERSION\nRUN echo "$VERSION"')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nARG ABC\nRUN echo "$ABD"')).toEqual([]);
  });
});
