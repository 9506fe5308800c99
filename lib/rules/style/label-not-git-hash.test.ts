import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-not-git-hash';

const opts: LintOptions = { config: {"labelSchema":{"githash":"hash"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.revision":"hash"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL githash=\"not-git-hash\"", () => {
    expect(lint(rule, "LABEL githash=\"not-git-hash\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL githash=\"2dbfae9\"", () => {
    expect(lint(rule, "LABEL githash=\"2dbfae9\"", opts)).toEqual([]);
  });
  it("quiet: LABEL githash=\"43c572f1272b6b3171dd1db9e41b7027128ce080\"", () => {
    expect(lint(rule, "LABEL githash=\"43c572f1272b6b3171dd1db9e41b7027128ce080\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"foo\"", () => {
    expect(lint(rule, "LABEL other=\"foo\"", opts)).toEqual([]);
  });
});
