import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './yum-cache-not-cleaned';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN yum install -y mariadb-10.4", () => {
    expect(lint(rule, "RUN yum install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN yum install -y mariadb-10.4", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y mariadb-10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM centos:7 / RUN yum clean all && echo / RUN yum install -y x-1", () => {
    expect(lint(rule, "FROM centos:7\nRUN yum clean all && echo\nRUN yum install -y x-1", opts).map((d) => d.line)).toEqual([3]);
  });
  it("quiet: RUN yum install -y mariadb-10.4 && yum clean all", () => {
    expect(lint(rule, "RUN yum install -y mariadb-10.4 && yum clean all", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum install -y mariadb-10.4 && yum clean all", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y mariadb-10.4 && yum clean all", opts)).toEqual([]);
  });
  it("quiet: RUN bash -c `# not even a yum command`", () => {
    expect(lint(rule, "RUN bash -c `# not even a yum command`", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN bash -c `# not even a yum command`", () => {
    expect(lint(rule, "ONBUILD RUN bash -c `# not even a yum command`", opts)).toEqual([]);
  });
  it("quiet: RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*", () => {
    expect(lint(rule, "RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*", () => {
    expect(lint(rule, "ONBUILD RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*", opts)).toEqual([]);
  });
  it("quiet: RUN sudo yum install -y a-1 && sudo yum clean all", () => {
    expect(lint(rule, "RUN sudo yum install -y a-1 && sudo yum clean all", opts)).toEqual([]);
  });
  it("fix: FROM centos:7 / RUN yum install -y httpd-2.4 \\ /     mod_ssl-2.4 / ", () => {
    const fixed = fixOnce(rule, "FROM centos:7\nRUN yum install -y httpd-2.4 \\\n    mod_ssl-2.4\n", opts);
    expect(fixed).toBe("FROM centos:7\nRUN yum install -y httpd-2.4 \\\n    mod_ssl-2.4 && yum clean all\n");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it("fix: FROM centos:7 / ONBUILD RUN yum install -y a-1", () => {
    const fixed = fixOnce(rule, "FROM centos:7\nONBUILD RUN yum install -y a-1", opts);
    expect(fixed).toBe("FROM centos:7\nONBUILD RUN yum install -y a-1 && yum clean all");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
