import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-not-semver';

const opts: LintOptions = { config: {"labelSchema":{"semver":"semver"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.version":"semver"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL semver=\"not-sem-ver\"", () => {
    expect(lint(rule, "LABEL semver=\"not-sem-ver\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL semver=\"1.0.0\"", () => {
    expect(lint(rule, "LABEL semver=\"1.0.0\"", opts)).toEqual([]);
  });
  it("quiet: LABEL semver=\"2.0.1-rc1\"", () => {
    expect(lint(rule, "LABEL semver=\"2.0.1-rc1\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"foo\"", () => {
    expect(lint(rule, "LABEL other=\"foo\"", opts)).toEqual([]);
  });
});
