import type { Rule } from '../types';
import { checkLabelType, isSpdx } from './_label-schema';

export const rule: Rule = {
  id: 'label-not-spdx',
  title: 'Label value is not an SPDX license id',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3054'],
  lesson: 'layers',
  explanation:
    'Your label schema says this label names a license, but the value is not an SPDX identifier such as MIT or Apache-2.0. License scanners match those ids exactly, so free text makes the image look unlicensed. This check runs only for labels typed spdx in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT license"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.licenses":"spdx"}},
  check(ctx) {
    checkLabelType(ctx, 'spdx', isSpdx, 'a valid SPDX license identifier');
  },
};
