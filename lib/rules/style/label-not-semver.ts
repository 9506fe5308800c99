import type { Rule } from '../types';
import { checkLabelType, isSemver } from './_label-schema';

export const rule: Rule = {
  id: 'label-not-semver',
  title: 'Label value is not a semantic version',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3056'],
  lesson: 'layers',
  explanation:
    'Your label schema says this label holds a semantic version (MAJOR.MINOR.PATCH such as 1.4.2), and the value does not have that form. Tools that compare versions cannot order such images. This check runs only for labels typed semver in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.2"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.version":"semver"}},
  check(ctx) {
    checkLabelType(ctx, 'semver', isSemver, 'a semantic version');
  },
};
