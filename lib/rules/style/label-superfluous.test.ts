import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-superfluous';

const opts: LintOptions = { config: {"labelSchema":{"required":"text"},"strictLabels":true} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.source":"url"},"strictLabels":true} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL other=\"bar\"", () => {
    expect(lint(rule, "LABEL other=\"bar\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL required=\"foo\" other=\"bar\"", () => {
    expect(lint(rule, "LABEL required=\"foo\" other=\"bar\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: FROM a", () => {
    expect(lint(rule, "FROM a", opts)).toEqual([]);
  });
  it("quiet: LABEL required=\"foo\"", () => {
    expect(lint(rule, "LABEL required=\"foo\"", opts)).toEqual([]);
  });
});
