import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './zypper-dist-upgrade';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN zypper dist-upgrade", () => {
    expect(lint(rule, "RUN zypper dist-upgrade", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN zypper dist-upgrade", () => {
    expect(lint(rule, "ONBUILD RUN zypper dist-upgrade", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN zypper dup", () => {
    expect(lint(rule, "RUN zypper dup", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN zypper dup", () => {
    expect(lint(rule, "ONBUILD RUN zypper dup", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN zypper install -y a=1", () => {
    expect(lint(rule, "RUN zypper install -y a=1", opts)).toEqual([]);
  });
  it("quiet: RUN zypper update -y", () => {
    expect(lint(rule, "RUN zypper update -y", opts)).toEqual([]);
  });
});
