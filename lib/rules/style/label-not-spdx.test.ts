import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-not-spdx';

const opts: LintOptions = { config: {"labelSchema":{"spdxlabel":"spdx"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.licenses":"spdx"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL spdxlabel=\"not-spdx\"", () => {
    expect(lint(rule, "LABEL spdxlabel=\"not-spdx\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL spdxlabel=\"BSD-3-Clause\"", () => {
    expect(lint(rule, "LABEL spdxlabel=\"BSD-3-Clause\"", opts)).toEqual([]);
  });
  it("quiet: LABEL spdxlabel=\"MIT\"", () => {
    expect(lint(rule, "LABEL spdxlabel=\"MIT\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"fooo\"", () => {
    expect(lint(rule, "LABEL other=\"fooo\"", opts)).toEqual([]);
  });
});
