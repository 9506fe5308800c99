import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-empty';

const opts: LintOptions = { config: {"labelSchema":{"emptylabel":"text"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.vendor":"text"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL emptylabel=\"\"", () => {
    expect(lint(rule, "LABEL emptylabel=\"\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL emptylabel=\"foo\"", () => {
    expect(lint(rule, "LABEL emptylabel=\"foo\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"\"", () => {
    expect(lint(rule, "LABEL other=\"\"", opts)).toEqual([]);
  });
});
