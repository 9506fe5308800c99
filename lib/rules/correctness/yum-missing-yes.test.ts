import { describe, it, expect } from 'vitest';
import { rule } from './yum-missing-yes';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('yum-missing-yes (DL3030)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags install, groupinstall and localinstall without -y, also in ONBUILD', () => {
    for (const run of ['RUN yum install httpd-2.4.24 && yum clean all', 'RUN yum groupinstall "Development Tools"', 'RUN yum localinstall ./x.rpm']) {
      expect(linesOf(rule, `FROM centos\n${run}`), run).toEqual([2]);
      expect(linesOf(rule, `FROM centos\nONBUILD ${run}`), run).toEqual([2]);
    }
  });
  it('accepts -y, --assumeyes, clusters and other commands', () => {
    for (const run of ['RUN yum install -y httpd-2.4.24 && yum clean all', 'RUN yum -y install httpd', 'RUN yum --assumeyes install httpd', 'RUN yum -qy install httpd', 'RUN bash -c `# not even a yum command`', 'RUN yum clean all']) {
      expect(linesOf(rule, `FROM centos\n${run}`), run).toEqual([]);
      expect(linesOf(rule, `FROM centos\nONBUILD ${run}`), run).toEqual([]);
    }
  });
  it('the fix adds -y after install', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toBe(rule.examples.good);
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
