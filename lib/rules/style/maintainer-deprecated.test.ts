import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './maintainer-deprecated';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM busybox / MAINTAINER hudu@mail.com", () => {
    expect(lint(rule, "FROM busybox\nMAINTAINER hudu@mail.com", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM debian / MAINTAINER Lukas", () => {
    expect(lint(rule, "FROM debian\nMAINTAINER Lukas", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: MAINTAINER Lukas / FROM DEBIAN", () => {
    expect(lint(rule, "MAINTAINER Lukas\nFROM DEBIAN", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: FROM debian", () => {
    expect(lint(rule, "FROM debian", opts)).toEqual([]);
  });
  it("fix: FROM debian / MAINTAINER Jane \"JD\" Doe <jd@x.org> / RUN a", () => {
    const fixed = fixOnce(rule, "FROM debian\nMAINTAINER Jane \"JD\" Doe <jd@x.org>\nRUN a", opts);
    expect(fixed).toBe("FROM debian\nLABEL maintainer=\"Jane \\\"JD\\\" Doe <jd@x.org>\"\nRUN a");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
