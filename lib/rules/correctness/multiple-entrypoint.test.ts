import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './multiple-entrypoint';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM debian / ENTRYPOINT bash / RUN foo / ENTRYPOINT another", () => {
    expect(lint(rule, "FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another", opts).map((d) => d.line)).toEqual([4]);
  });
  it("fires: FROM debian as distro1 / ENTRYPOINT bash / RUN foo / ENTRYPOINT another / FROM debian as distro2 / ENTRYPOINT another", () => {
    expect(lint(rule, "FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another", opts).map((d) => d.line)).toEqual([4]);
  });
  it("quiet: FROM busybox", () => {
    expect(lint(rule, "FROM busybox", opts)).toEqual([]);
  });
  it("quiet: FROM debian as distro1 / ENTRYPOINT bash / RUN foo / FROM debian as distro2 / ENTRYPOINT another", () => {
    expect(lint(rule, "FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another", opts)).toEqual([]);
  });
  it("quiet: ENTRYPOINT /bin/true", () => {
    expect(lint(rule, "ENTRYPOINT /bin/true", opts)).toEqual([]);
  });
});
