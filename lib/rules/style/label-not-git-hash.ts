import type { Rule } from '../types';
import { checkLabelType, isGitHash } from './_label-schema';

export const rule: Rule = {
  id: 'label-not-git-hash',
  title: 'Label value is not a git hash',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3055'],
  lesson: 'layers',
  explanation:
    'Your label schema says this label holds a commit hash, and the value is not hexadecimal of 7 to 40 digits. A branch name moves, so the label no longer tells which source built the image. This check runs only for labels typed hash in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="43c572f1272b6b3171dd1db9e41b7027128ce080"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.revision":"hash"}},
  check(ctx) {
    checkLabelType(ctx, 'hash', isGitHash, 'a valid git hash');
  },
};
