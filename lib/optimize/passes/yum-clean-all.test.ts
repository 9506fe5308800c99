import { describe, it, expect } from 'vitest';
import { pass } from './yum-clean-all';
import { rewrite, runPass } from '../testing';

describe('yum-clean-all', () => {
  it('cleans yum and dnf caches in the installing RUN', () => {
    expect(rewrite(pass, 'FROM centos:7\nRUN yum install -y httpd\n')).toBe('FROM centos:7\nRUN yum install -y httpd \\\n    && yum clean all\n');
    expect(rewrite(pass, 'FROM fedora:40\nRUN dnf -y install gcc\n')).toBe('FROM fedora:40\nRUN dnf -y install gcc \\\n    && dnf clean all\n');
  });
  it('leaves RUNs that already clean', () => {
    expect(runPass(pass, 'FROM centos:7\nRUN yum install -y a && yum clean all\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM centos:7\nRUN yum install -y a && rm -rf /var/cache/yum /tmp/*\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM fedora:40\nRUN dnf install -y a && rm -rf /tmp/* /var/cache/dnf/*\n').changes).toHaveLength(0);
  });
});
