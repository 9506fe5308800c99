import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './healthcheck-missing';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM scratch", () => {
    expect(lint(rule, "FROM scratch", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM scratch AS base / HEALTHCHECK CMD /bin/bla / FROM scratch", () => {
    expect(lint(rule, "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch", opts).map((d) => d.line)).toEqual([3]);
  });
  it("quiet: FROM scratch / HEALTHCHECK CMD /bin/bla", () => {
    expect(lint(rule, "FROM scratch\nHEALTHCHECK CMD /bin/bla", opts)).toEqual([]);
  });
  it("quiet: FROM scratch AS base / HEALTHCHECK CMD /bin/bla / FROM base", () => {
    expect(lint(rule, "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base", opts)).toEqual([]);
  });
  it('a chain of stages ending in one with HEALTHCHECK (even NONE) is fine; a branch without one is not', () => {
    expect(lint(rule, 'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE')).toEqual([]);
    const fork = 'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS b31\nFROM base2 AS b32\n\nFROM b31 AS end1\nHEALTHCHECK NONE\n\nFROM b32 AS end2';
    expect(lint(rule, fork).map((d) => d.line)).toEqual([4, 9]);
    expect(lint(rule, 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch').map((d) => d.line)).toEqual([3]);
  });
});
