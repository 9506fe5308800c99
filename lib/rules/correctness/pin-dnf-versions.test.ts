import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pin-dnf-versions';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN dnf install -y tomcat && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y tomcat && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dnf install -y tomcat && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y tomcat && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN microdnf install -y tomcat && microdnf clean all", () => {
    expect(lint(rule, "RUN microdnf install -y tomcat && microdnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN dnf install -y rpm-sign && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y rpm-sign && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dnf install -y rpm-sign && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y rpm-sign && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN microdnf install -y rpm-sign && microdnf clean all", () => {
    expect(lint(rule, "RUN microdnf install -y rpm-sign && microdnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN dnf module install -y tomcat && dnf clean all", () => {
    expect(lint(rule, "RUN dnf module install -y tomcat && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dnf module install -y tomcat && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf module install -y tomcat && dnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN microdnf module install -y tomcat && microdnf clean all", () => {
    expect(lint(rule, "RUN microdnf module install -y tomcat && microdnf clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN dnf install -y tomcat-9.0.1 && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y tomcat-9.0.1 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf install -y tomcat-9.0.1 && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y tomcat-9.0.1 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN microdnf install -y tomcat-9.0.1 && microdnf clean all", () => {
    expect(lint(rule, "RUN microdnf install -y tomcat-9.0.1 && microdnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN microdnf install -y tomcat-9.0.1 && microdnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN microdnf install -y tomcat-9.0.1 && microdnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN notdnf install openssl-1:1.1.1k", () => {
    expect(lint(rule, "RUN notdnf install openssl-1:1.1.1k", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN notdnf install openssl-1:1.1.1k", () => {
    expect(lint(rule, "ONBUILD RUN notdnf install openssl-1:1.1.1k", opts)).toEqual([]);
  });
  it("quiet: RUN notdnf install tomcat", () => {
    expect(lint(rule, "RUN notdnf install tomcat", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN notdnf install tomcat", () => {
    expect(lint(rule, "ONBUILD RUN notdnf install tomcat", opts)).toEqual([]);
  });
  it("quiet: RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN dnf install -y gcc-c++-1.1.1", () => {
    expect(lint(rule, "RUN dnf install -y gcc-c++-1.1.1", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf install -y gcc-c++-1.1.1", () => {
    expect(lint(rule, "ONBUILD RUN dnf install -y gcc-c++-1.1.1", opts)).toEqual([]);
  });
  it("quiet: RUN microdnf install -y openssl-1:1.1.1k", () => {
    expect(lint(rule, "RUN microdnf install -y openssl-1:1.1.1k", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN microdnf install -y openssl-1:1.1.1k", () => {
    expect(lint(rule, "ONBUILD RUN microdnf install -y openssl-1:1.1.1k", opts)).toEqual([]);
  });
  it("quiet: RUN dnf module install -y tomcat:9 && dnf clean all", () => {
    expect(lint(rule, "RUN dnf module install -y tomcat:9 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN dnf module install -y tomcat:9 && dnf clean all", () => {
    expect(lint(rule, "ONBUILD RUN dnf module install -y tomcat:9 && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN notdnf module install tomcat", () => {
    expect(lint(rule, "RUN notdnf module install tomcat", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN notdnf module install tomcat", () => {
    expect(lint(rule, "ONBUILD RUN notdnf module install tomcat", opts)).toEqual([]);
  });
  it("quiet: RUN dnf install -y \"git-core-${GIT_VER}\" && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y \"git-core-${GIT_VER}\" && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN dnf install -y tomcat-$VERSION && dnf clean all", () => {
    expect(lint(rule, "RUN dnf install -y tomcat-$VERSION && dnf clean all", opts)).toEqual([]);
  });
  it("quiet: RUN dnf group install -y \"Development Tools\"", () => {
    expect(lint(rule, "RUN dnf group install -y \"Development Tools\"", opts)).toEqual([]);
  });
});
