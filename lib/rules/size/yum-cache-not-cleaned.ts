import type { Rule } from '../types';
import { appendToRun, cmdHasArgs, runSites } from '../correctness/_run-scan';

export const rule: Rule = {
  id: 'yum-cache-not-cleaned',
  title: 'yum install without yum clean all',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3032'],
  lesson: 'why-size',
  explanation:
    'yum keeps downloaded packages and repository metadata under /var/cache/yum. If the same RUN does not remove them, they are frozen into the layer and shipped with every pull of the image, often tens of megabytes for nothing.',
  examples: {
    bad: 'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const cmds = site.commands.map((c) => c.cmd);
      if (!cmds.some((c) => cmdHasArgs(c, ['yum'], ['install']))) continue;
      const cleaned = cmds.some(
        (c) => (c.base === 'yum' && c.args.includes('clean') && c.args.includes('all')) || (c.base === 'rm' && c.args.some((a) => a.startsWith('/var/cache/yum'))),
      );
      if (cleaned) continue;
      ctx.report({
        span: site.ins.span,
        message: 'yum install leaves its package cache in this layer: end the same RUN with `yum clean all`.',
        fix: appendToRun(site, 'yum clean all', 'Append `yum clean all`'),
      });
    }
  },
};
