import type { Rule } from '../types';
import { cmdHasArgs, hasFlag, insertAfterWord, runSites } from './_run-scan';

const SUBCOMMANDS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

export const rule: Rule = {
  id: 'zypper-missing-yes',
  title: 'zypper without a non-interactive switch',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3034'],
  lesson: 'layers',
  explanation:
    'zypper asks for confirmation before it installs or removes packages. A build has nobody to answer, so the command fails or hangs. Pass -y (or --non-interactive) so it proceeds on its own.',
  examples: {
    bad: 'FROM opensuse/leap:15.5\nRUN zypper install httpd=2.4.51 && zypper clean',
    good: 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.51 && zypper clean',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const rc = site.commands.find(
        ({ cmd }) => cmdHasArgs(cmd, ['zypper'], SUBCOMMANDS) && !hasFlag(cmd, '-y', '--no-confirm', '-n', '--non-interactive'),
      );
      if (!rc) continue;
      ctx.report({
        span: site.ins.span,
        message: 'zypper waits for a confirmation that never comes in a build: add -y (or --non-interactive).',
        fix: insertAfterWord(rc, ['install', 'in', 'remove', 'rm'], '-y', 'Add -y'),
      });
    }
  },
};
