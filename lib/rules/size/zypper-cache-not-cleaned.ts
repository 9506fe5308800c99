import type { Rule } from '../types';
import { appendToRun, cmdHasArgs, firstIndex, runSites } from '../correctness/_run-scan';

export const rule: Rule = {
  id: 'zypper-cache-not-cleaned',
  title: 'zypper install without zypper clean',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3036'],
  lesson: 'why-size',
  explanation:
    'zypper keeps downloaded packages and repository metadata in its cache. Unless the same RUN runs `zypper clean` after the install, that cache stays in the layer and every user of the image downloads it.',
  examples: {
    bad: 'FROM opensuse/leap:15.5\nRUN zypper install -y mariadb=10.6',
    good: 'FROM opensuse/leap:15.5\nRUN zypper install -y mariadb=10.6 && zypper clean',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const install = firstIndex(site.commands, (c) => cmdHasArgs(c, ['zypper'], ['install', 'in']));
      if (install < 0) continue;
      const clean = firstIndex(site.commands, (c) => cmdHasArgs(c, ['zypper'], ['clean', 'cc']));
      if (clean > install) continue;
      ctx.report({
        span: site.ins.span,
        message: 'zypper install leaves its cache in this layer: run `zypper clean` after it in the same RUN.',
        fix: appendToRun(site, 'zypper clean', 'Append `zypper clean`'),
      });
    }
  },
};
