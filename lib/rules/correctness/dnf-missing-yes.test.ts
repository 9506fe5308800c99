import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './dnf-missing-yes';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN dnf install httpd-2.4.24 && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install httpd-2.4.24 && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dnf install httpd-2.4.24 && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install httpd-2.4.24 && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN microdnf install httpd", () => {
    expect(lint(rule, "RUN microdnf install httpd", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN dnf groupinstall \"Development Tools\"", () => {
    expect(lint(rule, "RUN dnf groupinstall \"Development Tools\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN dnf install -y httpd-2.4.24 && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y httpd-2.4.24 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf install -y httpd-2.4.24 && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y httpd-2.4.24 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN notdnf install httpd", () => {
    expect(lint(rule, "RUN notdnf install httpd", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN notdnf install httpd", () => {
    expect(lint(rule, "ONBUILD RUN notdnf install httpd", opts)).toEqual([]);
  });
  it("quiet: RUN dnf --assumeyes install a-1", () => {
    expect(lint(rule, "RUN dnf --assumeyes install a-1", opts)).toEqual([]);
  });
  it("quiet: RUN dnf -qy install a-1", () => {
    expect(lint(rule, "RUN dnf -qy install a-1", opts)).toEqual([]);
  });
  it("fix: FROM fedora / RUN dnf install httpd-2.4.24 && dnf clean all", () => {
    const fixed = fixOnce(rule, "FROM fedora\nRUN dnf install httpd-2.4.24 && dnf clean all", opts);
    expect(fixed).toBe("FROM fedora\nRUN dnf install -y httpd-2.4.24 && dnf clean all");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
