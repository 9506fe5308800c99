import type { Rule } from '../types';
import { checkForOverOutput } from './_for-loop-output';

export const rule: Rule = {
  id: 'loop-over-find-output',
  title: 'for loop over find output',
  category: 'correctness',
  severity: 'warning',
  aliases: ['SC2044'],
  lesson: 'layers',
  explanation:
    'for f in $(find ...) splits the found paths on spaces and expands them as patterns, so a file name with a space becomes two names and the loop acts on files that do not exist. Use find -exec, or find ... -print0 | xargs -0.',
  examples: {
    bad: 'FROM debian:12\nRUN for f in $(find /opt/app -name "*.sh"); do chmod +x "$f"; done',
    good: 'FROM debian:12\nRUN find /opt/app -name "*.sh" -exec chmod +x {} +',
  },
  check(ctx) {
    checkForOverOutput(ctx, 'find', 'Looping over $(find ...) breaks on names with spaces or glob characters: use find -exec ... {} + or find -print0 | xargs -0.');
  },
};
