import type { Rule } from '../types';
import { flagValues } from '../../shell/query';
import { hasFlag, runSites, wordEndOffset } from '../correctness/_run-scan';

export const rule: Rule = {
  id: 'useradd-high-uid-without-l',
  title: 'useradd with a high UID and without -l',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3046'],
  lesson: 'why-size',
  explanation:
    'useradd records every user in /var/log/lastlog and faillog, sparse files sized by the highest UID. With a large UID those files can grow to gigabytes once the layer is written. Pass -l (--no-log-init) to skip them.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN useradd -u 123456 app',
    good: 'FROM debian:bookworm-slim\nRUN useradd -l -u 123456 app',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const rc = site.commands.find(
        ({ cmd }) => cmd.base === 'useradd' && !hasFlag(cmd, '-l', '--no-log-init') && flagValues(cmd, '-u', '--uid').some((v) => v.length > 5),
      );
      if (!rc) continue;
      const at = wordEndOffset(rc, rc.cmd.argv[0]);
      ctx.report({
        span: site.ins.span,
        message: 'useradd with a UID this high writes huge lastlog/faillog files into the layer: add -l.',
        fix: at === null ? undefined : { title: 'Add -l', edits: [{ start: at, end: at, text: ' -l' }] },
      });
    }
  },
};
