import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-not-email';

const opts: LintOptions = { config: {"labelSchema":{"maintainer":"email"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"maintainer":"email"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL maintainer=\"not-email\"", () => {
    expect(lint(rule, "LABEL maintainer=\"not-email\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL maintainer=\"abcd@google.com\"", () => {
    expect(lint(rule, "LABEL maintainer=\"abcd@google.com\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"doo\"", () => {
    expect(lint(rule, "LABEL other=\"doo\"", opts)).toEqual([]);
  });
});
