import type { Rule } from '../types';
import { checkLabelType, isEmail } from './_label-schema';

export const rule: Rule = {
  id: 'label-not-email',
  title: 'Label value is not an email address',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3058'],
  lesson: 'layers',
  explanation:
    'Your label schema says this label holds an email address, and the value is not one. Whoever needs to reach the maintainers of the image has no address to write to. This check runs only for labels typed email in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe"',
    good: 'FROM alpine:3.20\nLABEL maintainer="jane@example.com"',
  },
  exampleConfig: {labelSchema:{"maintainer":"email"}},
  check(ctx) {
    checkLabelType(ctx, 'email', isEmail, 'a valid email address');
  },
};
