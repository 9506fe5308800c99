import type { Rule } from '../types';
import type { ShellCommand } from '../../shell/types';
import { aptGetInstallWord, aptOptionOn } from './_apt';
import { fixFrom, insertAfterWord, mayHideOptions, reportSpan, runCommandsByInstruction, type RunCommand } from './_run-commands';

/** How many times quiet is asked for: -q, -qq, -q=2, --quiet, --quiet=2 (level 2 implies --yes). */
function quietLevel(cmd: ShellCommand): number {
  let level = 0;
  for (const a of cmd.args) {
    if (a === '--') break;
    const eqLevel = /^(?:-q|--quiet)=(\d+)$/.exec(a);
    if (eqLevel) level += Number(eqLevel[1]);
    else if (a === '--quiet') level++;
    else if (/^-[A-Za-z]+$/.test(a)) for (const ch of a.slice(1)) if (ch === 'q') level++;
  }
  return level;
}

function answersYes(cmd: ShellCommand): boolean {
  for (const a of cmd.args) {
    if (a === '--') break;
    if (a === '--yes' || a === '--assume-yes' || a.startsWith('--yes=') || a.startsWith('--assume-yes=')) return true;
    if (/^-[A-Za-z]+$/.test(a) && a.includes('y')) return true;
  }
  return quietLevel(cmd) >= 2 || aptOptionOn(cmd, 'APT::Get::Assume-Yes');
}

/** `yes | apt-get install x` answers every prompt. */
function fedByYes(found: RunCommand): boolean {
  const { cmd, embedded } = found;
  if (cmd.pipeline.index === 0) return false;
  return embedded.script.commands.some((c) => c.pipeline.id === cmd.pipeline.id && c.pipeline.index < cmd.pipeline.index && c.base === 'yes');
}

export const rule: Rule = {
  id: 'apt-get-missing-yes',
  title: 'apt-get install without -y',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3014'],
  lesson: 'layers',
  explanation:
    'A build has nobody at the keyboard: when apt-get install asks "Do you want to continue?", the answer is read from an empty input and the install is aborted, failing the build. Pass -y (or --yes, or -qq) so apt-get proceeds without asking.',
  examples: {
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u5',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      const bad = commands.filter((f) => aptGetInstallWord(f.cmd) && !answersYes(f.cmd) && !mayHideOptions(f.cmd) && !fedByYes(f));
      if (!bad.length) continue;
      ctx.report({
        span: reportSpan(model, bad[0]),
        message: 'apt-get install without -y stops at its "Do you want to continue?" prompt and the build fails: add -y.',
        fix: fixFrom('Add -y', bad.map((f) => insertAfterWord(f.embedded, aptGetInstallWord(f.cmd)!, '-y'))),
      });
    }
  },
};
