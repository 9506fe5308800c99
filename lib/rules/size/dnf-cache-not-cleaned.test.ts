import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './dnf-cache-not-cleaned';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN dnf install -y mariadb-10.4", () => {
    expect(lint(rule, "RUN dnf install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dnf install -y mariadb-10.4", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN microdnf install -y mariadb-10.4", () => {
    expect(lint(rule, "RUN microdnf install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN microdnf install -y mariadb-10.4", () => {
    expect(lint(rule, "ONBUILD RUN microdnf install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dnf install -y mariadb-10.4 && microdnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y mariadb-10.4 && microdnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN dnf clean all && dnf install -y mariadb-10.4", () => {
    expect(lint(rule, "RUN dnf clean all && dnf install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN dnf install -y mariadb-10.4 && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y mariadb-10.4 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf install -y mariadb-10.4 && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y mariadb-10.4 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN microdnf install -y mariadb-10.4 && microdnf clean all", () => {
    expect(lint(rule, "RUN microdnf install -y mariadb-10.4 && microdnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN microdnf install -y mariadb-10.4 && microdnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN microdnf install -y mariadb-10.4 && microdnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN notdnf install mariadb", () => {
    expect(lint(rule, "RUN notdnf install mariadb", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN notdnf install mariadb", () => {
    expect(lint(rule, "ONBUILD RUN notdnf install mariadb", opts)).toEqual([]);
  });
  it("quiet: RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", () => {
    expect(lint(rule, "RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", opts)).toEqual([]);
  });
  it("quiet: RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", () => {
    expect(lint(rule, "RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", () => {
    expect(lint(rule, "ONBUILD RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", opts)).toEqual([]);
  });
  it("fix: FROM fedora / RUN dnf install -y a-1", () => {
    const fixed = fixOnce(rule, "FROM fedora\nRUN dnf install -y a-1", opts);
    expect(fixed).toBe("FROM fedora\nRUN dnf install -y a-1 && dnf clean all");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
