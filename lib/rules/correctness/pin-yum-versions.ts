import type { Rule } from '../types';
import { argsNoFlags, cmdHasArgs, runSites } from './_run-scan';

/** hadolint: a package is pinned when it carries a dash (name-version) or is an .rpm file; a module when it names a stream (name:stream). */
function unpinned(args: string[], isModule: boolean): string[] {
  return args.filter((a) => a !== 'install' && a !== 'module' && !a.includes('$') && (isModule ? !a.includes(':') : !(a.includes('-') || a.endsWith('.rpm'))));
}

export const rule: Rule = {
  id: 'pin-yum-versions',
  title: 'yum install without package versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3033'],
  lesson: 'layers',
  explanation:
    'Without a version, yum installs whatever the repository offers on the day of the build, so two builds of the same Dockerfile can ship different software. Pin each package as name-version (and each module as name:stream) so rebuilds are repeatable.',
  examples: {
    bad: 'FROM centos:7\nRUN yum install -y tomcat && yum clean all',
    good: 'FROM centos:7\nRUN yum install -y tomcat-7.0.76 && yum clean all',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const missing: string[] = [];
      for (const { cmd } of site.commands) {
        if (!cmdHasArgs(cmd, ['yum'], ['install'])) continue;
        missing.push(...unpinned(argsNoFlags(cmd), cmd.args.includes('module')));
      }
      if (missing.length) {
        ctx.report({ span: site.ins.span, message: `yum installs ${missing.join(', ')} without a version: pin them as name-version (modules as name:stream).` });
      }
    }
  },
};
