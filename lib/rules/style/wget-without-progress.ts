import type { Rule } from '../types';
import { hasFlag, runSites, wordEndOffset } from '../correctness/_run-scan';

export const rule: Rule = {
  id: 'wget-without-progress',
  title: 'wget without --progress floods the build log',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3047'],
  lesson: 'layers',
  explanation:
    'Without a terminal, wget prints a progress line for every few kilobytes, so a large download turns into thousands of log lines that hide the output you care about. Use --progress=dot:giga, or -q / -nv for quiet output.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN wget https://example.com/app.tar.gz',
    good: 'FROM debian:bookworm-slim\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const rc = site.commands.find(
        ({ cmd }) =>
          cmd.base === 'wget' &&
          !hasFlag(cmd, '--progress', '-q', '--quiet', '-o', '--output-file', '-a', '--append-output', '--no-verbose') &&
          !cmd.args.includes('-nv'),
      );
      if (!rc) continue;
      const at = wordEndOffset(rc, rc.cmd.argv[0]);
      ctx.report({
        span: site.ins.span,
        message: 'wget prints a progress line every few kilobytes in a build: add --progress=dot:giga (or -q / -nv).',
        fix: at === null ? undefined : { title: 'Add --progress=dot:giga', edits: [{ start: at, end: at, text: ' --progress=dot:giga' }] },
      });
    }
  },
};
