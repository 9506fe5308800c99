import type { Rule } from '../types';
import { cmdHasArgs, runSites } from './_run-scan';

export const rule: Rule = {
  id: 'zypper-dist-upgrade',
  title: 'zypper dist-upgrade in a build',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3035'],
  lesson: 'minimal-base',
  explanation:
    'zypper dist-upgrade moves the whole distribution to whatever the repositories hold today, which can pull in a new release, change behaviour between two builds and add a lot of bytes. Use a newer base image instead, and install or update only the packages you need.',
  examples: {
    bad: 'FROM opensuse/leap:15.5\nRUN zypper dist-upgrade -y',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      if (site.commands.some(({ cmd }) => cmdHasArgs(cmd, ['zypper'], ['dist-upgrade', 'dup']))) {
        ctx.report({ span: site.ins.span, message: 'zypper dist-upgrade upgrades the whole distribution at build time: use a newer base image instead.' });
      }
    }
  },
};
