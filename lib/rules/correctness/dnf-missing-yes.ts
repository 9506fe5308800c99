import type { Rule } from '../types';
import { cmdHasArgs, hasFlag, insertAfterWord, runSites } from './_run-scan';

const SUBCOMMANDS = ['install', 'groupinstall', 'localinstall'];

export const rule: Rule = {
  id: 'dnf-missing-yes',
  title: 'dnf install without -y',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3038'],
  lesson: 'layers',
  explanation:
    'dnf and microdnf ask "Is this ok [y/N]" before installing. In a build nobody answers, so the install is cancelled and the build fails. Pass -y (or --assumeyes).',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const rc = site.commands.find(({ cmd }) => cmdHasArgs(cmd, ['dnf', 'microdnf'], SUBCOMMANDS) && !hasFlag(cmd, '-y', '--assumeyes'));
      if (!rc) continue;
      ctx.report({
        span: site.ins.span,
        message: `${rc.cmd.base} install waits for a "y" that never comes in a build: add -y.`,
        fix: insertAfterWord(rc, SUBCOMMANDS, '-y', 'Add -y'),
      });
    }
  },
};
