import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pin-yum-versions';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN yum install -y tomcat && yum clean all", () => {
    expect(lint(rule, "RUN yum install -y tomcat && yum clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN yum install -y tomcat && yum clean all", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y tomcat && yum clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN yum module install -y tomcat && yum clean all", () => {
    expect(lint(rule, "RUN yum module install -y tomcat && yum clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN yum module install -y tomcat && yum clean all", () => {
    expect(lint(rule, "ONBUILD RUN yum module install -y tomcat && yum clean all", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN yum install -y tomcat-9.2 && yum clean all", () => {
    expect(lint(rule, "RUN yum install -y tomcat-9.2 && yum clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum install -y tomcat-9.2 && yum clean all", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y tomcat-9.2 && yum clean all", opts)).toEqual([]);
  });
  it("quiet: RUN bash -c `# not even a yum command`", () => {
    expect(lint(rule, "RUN bash -c `# not even a yum command`", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN bash -c `# not even a yum command`", () => {
    expect(lint(rule, "ONBUILD RUN bash -c `# not even a yum command`", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y openssl-1:1.1.1k", () => {
    expect(lint(rule, "RUN yum install -y openssl-1:1.1.1k", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum install -y openssl-1:1.1.1k", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y openssl-1:1.1.1k", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y rpm-sign-4.16.1.3", () => {
    expect(lint(rule, "RUN yum install -y rpm-sign-4.16.1.3", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum install -y rpm-sign-4.16.1.3", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y rpm-sign-4.16.1.3", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y gcc-c++-1.1.1", () => {
    expect(lint(rule, "RUN yum install -y gcc-c++-1.1.1", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum install -y gcc-c++-1.1.1", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y gcc-c++-1.1.1", opts)).toEqual([]);
  });
  it("quiet: RUN yum module install -y tomcat:9 && yum clean all", () => {
    expect(lint(rule, "RUN yum module install -y tomcat:9 && yum clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum module install -y tomcat:9 && yum clean all", () => {
    expect(lint(rule, "ONBUILD RUN yum module install -y tomcat:9 && yum clean all", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y \"git-core-${GIT_VER}\" && yum clean all", () => {
    expect(lint(rule, "RUN yum install -y \"git-core-${GIT_VER}\" && yum clean all", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y tomcat-$VERSION && yum clean all", () => {
    expect(lint(rule, "RUN yum install -y tomcat-$VERSION && yum clean all", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y /tmp/pkg.rpm", () => {
    expect(lint(rule, "RUN yum install -y /tmp/pkg.rpm", opts)).toEqual([]);
  });
});
