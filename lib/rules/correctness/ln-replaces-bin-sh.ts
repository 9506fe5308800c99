import type { Rule } from '../types';
import { runSites } from './_run-scan';

export const rule: Rule = {
  id: 'ln-replaces-bin-sh',
  title: 'ln over /bin/sh instead of SHELL',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL4005'],
  lesson: 'layers',
  explanation:
    'Linking another shell over /bin/sh changes the shell of every script and program in the image, not just of your RUN lines, and can break system scripts that expect the original. To run your RUN instructions with bash, use the SHELL instruction instead.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh',
    good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      if (site.commands.some(({ cmd }) => cmd.base === 'ln' && cmd.args.includes('/bin/sh'))) {
        ctx.report({ span: site.ins.span, message: 'Linking over /bin/sh changes the shell for the whole image: use SHELL ["/bin/bash", "-c"] instead.' });
      }
    }
  },
};
