import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-not-url';

const opts: LintOptions = { config: {"labelSchema":{"urllabel":"url"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.source":"url"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL urllabel=\"not-url\"", () => {
    expect(lint(rule, "LABEL urllabel=\"not-url\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL urllabel=\"http://example.com\"", () => {
    expect(lint(rule, "LABEL urllabel=\"http://example.com\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"foo\"", () => {
    expect(lint(rule, "LABEL other=\"foo\"", opts)).toEqual([]);
  });
});
