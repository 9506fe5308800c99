import type { Rule } from '../types';
import { checkLabelType, isUrl } from './_label-schema';

export const rule: Rule = {
  id: 'label-not-url',
  title: 'Label value is not a URL',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3052'],
  lesson: 'layers',
  explanation:
    'Your label schema says this label holds a URL, but the value is not one (a URL starts with a scheme such as https://). Tools that read the label, such as registries linking to the source, cannot use it. This check runs only for labels typed url in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/app"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.source":"url"}},
  check(ctx) {
    checkLabelType(ctx, 'url', isUrl, 'a valid URL');
  },
};
