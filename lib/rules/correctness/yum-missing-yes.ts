import type { Rule } from '../types';
import { hasFlag } from '../../shell/query';
import { fixFrom, insertAfterWord, mayHideOptions, reportSpan, runCommandsByInstruction, subcommandWord } from './_run-commands';

const YUM_VALUE_OPTIONS = ['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '-R', '--randomwait', '--installroot', '--enablerepo', '--disablerepo', '-x', '--exclude', '--releasever', '--setopt'];
const INSTALLS = ['install', 'groupinstall', 'localinstall'];

export const rule: Rule = {
  id: 'yum-missing-yes',
  title: 'yum install without -y',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3030'],
  lesson: 'layers',
  explanation:
    'yum install asks "Is this ok [y/N]" before it installs anything. A build has no one to answer, so the question reads an empty input, yum answers no, and the step fails. Pass -y (--assumeyes) so it proceeds.',
  examples: {
    bad: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      const bad = commands.filter(
        (f) => f.cmd.base === 'yum' && subcommandWord(f.cmd, YUM_VALUE_OPTIONS, INSTALLS) && !hasFlag(f.cmd, '-y', '--assumeyes') && !mayHideOptions(f.cmd),
      );
      if (!bad.length) continue;
      ctx.report({
        span: reportSpan(model, bad[0]),
        message: 'yum install without -y waits for a "y" that never comes and the build fails: add -y.',
        fix: fixFrom('Add -y', bad.map((f) => insertAfterWord(f.embedded, subcommandWord(f.cmd, YUM_VALUE_OPTIONS, INSTALLS)!, '-y'))),
      });
    }
  },
};
