import type { Rule } from '../types';
import { labelPairs } from './_label-schema';

export const rule: Rule = {
  id: 'label-empty',
  title: 'Required label is empty',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3051'],
  lesson: 'layers',
  explanation:
    'A label of your label schema is set, but to an empty value, so it satisfies the schema in name only and tells the reader nothing. Give it a real value. This check runs only for labels in the configured label schema.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.vendor=""',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.vendor="Acme"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.vendor":"text"}},
  check(ctx) {
    const schema = ctx.config.labelSchema ?? {};
    if (!Object.keys(schema).length) return;
    for (const { ins, pair } of labelPairs(ctx)) {
      if (Object.prototype.hasOwnProperty.call(schema, pair.key) && pair.value === '') {
        ctx.report({ span: ins.span, message: `Label \`${pair.key}\` is empty: give it a value.` });
      }
    }
  },
};
