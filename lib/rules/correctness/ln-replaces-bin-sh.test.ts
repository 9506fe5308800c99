import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './ln-replaces-bin-sh';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN ln -sfv /bin/bash /bin/sh", () => {
    expect(lint(rule, "RUN ln -sfv /bin/bash /bin/sh", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN ln -sfv /bin/bash /bin/sh", () => {
    expect(lint(rule, "ONBUILD RUN ln -sfv /bin/bash /bin/sh", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN ln -sf /bin/true /sbin/initctl", () => {
    expect(lint(rule, "RUN ln -sf /bin/true /sbin/initctl", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN ln -sf /bin/true /sbin/initctl", () => {
    expect(lint(rule, "ONBUILD RUN ln -sf /bin/true /sbin/initctl", opts)).toEqual([]);
  });
  it("quiet: RUN ln -s foo bar && unrelated && something_with /bin/sh", () => {
    expect(lint(rule, "RUN ln -s foo bar && unrelated && something_with /bin/sh", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN ln -s foo bar && unrelated && something_with /bin/sh", () => {
    expect(lint(rule, "ONBUILD RUN ln -s foo bar && unrelated && something_with /bin/sh", opts)).toEqual([]);
  });
});
