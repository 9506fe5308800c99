import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './user-not-numeric';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: USER foobar", () => {
    expect(lint(rule, "USER foobar", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: USER foobar:barfoo", () => {
    expect(lint(rule, "USER foobar:barfoo", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: USER 12345", () => {
    expect(lint(rule, "USER 12345", opts)).toEqual([]);
  });
  it("quiet: USER 1234:5678", () => {
    expect(lint(rule, "USER 1234:5678", opts)).toEqual([]);
  });
  it("quiet: USER ${APP_UID}", () => {
    expect(lint(rule, "USER ${APP_UID}", opts)).toEqual([]);
  });
  it('is off unless switched on (named non-root users are the common, safe setup)', () => {
    expect(rule.enabledByDefault).toBe(false);
  });
});
