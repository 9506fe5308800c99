import type { Rule } from '../types';
import { checkLabelType, isRfc3339 } from './_label-schema';

export const rule: Rule = {
  id: 'label-not-rfc3339',
  title: 'Label value is not an RFC 3339 time',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3053'],
  lesson: 'layers',
  explanation:
    'Your label schema says this label holds a time stamp, and the value is not in RFC 3339 form (2024-05-01T12:00:00Z). Readers of the label cannot parse it or sort images by it. This check runs only for labels typed rfc3339 in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="yesterday"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.created":"rfc3339"}},
  check(ctx) {
    checkLabelType(ctx, 'rfc3339', isRfc3339, 'an RFC 3339 date-time');
  },
};
