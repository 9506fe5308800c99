import type { Rule } from '../types';
import type { ShellCommand } from '../../shell/types';
import { appendToRun, cmdHasArgs, firstIndex, runSites } from '../correctness/_run-scan';

function cleans(tool: string, c: ShellCommand): boolean {
  if (c.base === tool) return c.args.includes('clean') && c.args.includes('all');
  return c.base === 'rm' && c.args.some((a) => a.startsWith('/var/cache/yum') || a.startsWith('/var/cache/dnf'));
}

export const rule: Rule = {
  id: 'dnf-cache-not-cleaned',
  title: 'dnf install without dnf clean all',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3040'],
  lesson: 'why-size',
  explanation:
    'dnf and microdnf keep repository metadata and downloaded packages in their cache. Cleaning it in a later RUN does not shrink the image, so finish the installing RUN itself with `dnf clean all` (or `microdnf clean all`).',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install -y mariadb-10.11.6',
    good: 'FROM fedora:40\nRUN dnf install -y mariadb-10.11.6 && dnf clean all',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      for (const tool of ['dnf', 'microdnf']) {
        const install = firstIndex(site.commands, (c) => cmdHasArgs(c, [tool], ['install']));
        if (install < 0) continue;
        const clean = firstIndex(site.commands, (c) => cleans(tool, c));
        if (clean > install) continue;
        ctx.report({
          span: site.ins.span,
          message: `${tool} install leaves its cache in this layer: end the same RUN with \`${tool} clean all\`.`,
          fix: appendToRun(site, `${tool} clean all`, `Append \`${tool} clean all\``),
        });
        break;
      }
    }
  },
};
