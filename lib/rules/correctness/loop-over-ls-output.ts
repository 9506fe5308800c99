import type { Rule } from '../types';
import { checkForOverOutput } from './_for-loop-output';

export const rule: Rule = {
  id: 'loop-over-ls-output',
  title: 'for loop over ls output',
  category: 'correctness',
  severity: 'error',
  aliases: ['SC2045'],
  lesson: 'layers',
  explanation:
    'for f in $(ls ...) splits the listing on spaces and expands it again as patterns, and ls may mangle unusual names, so the loop sees names that do not exist. A glob (for f in /dir/*) gives the loop the real names.',
  examples: {
    bad: 'FROM debian:12\nRUN for f in $(ls /docker-entrypoint.d); do sh "/docker-entrypoint.d/$f"; done',
    good: 'FROM debian:12\nRUN for f in /docker-entrypoint.d/*; do sh "$f"; done',
  },
  check(ctx) {
    checkForOverOutput(ctx, 'ls', 'Looping over $(ls ...) breaks on names with spaces or glob characters: loop over a glob (for f in dir/*) instead.');
  },
};
