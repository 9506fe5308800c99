import type { Rule } from '../types';

export const rule: Rule = {
  id: 'label-superfluous',
  title: 'Label not in the label schema',
  category: 'style',
  severity: 'info',
  aliases: ['DL3050'],
  lesson: 'layers',
  explanation:
    'With strict labels switched on, only the labels of your label schema are allowed. A label outside it is usually a typo of a required one or an ad-hoc key that tooling will not understand. This check runs only when strictLabels is configured.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app" team="x"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"',
  },
  exampleConfig: {labelSchema:{"org.opencontainers.image.source":"url"},strictLabels:true},
  check(ctx) {
    if (!ctx.config.strictLabels) return;
    const schema = ctx.config.labelSchema ?? {};
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      const extra = ins.pairs.filter((p) => !Object.prototype.hasOwnProperty.call(schema, p.key)).map((p) => p.key);
      if (extra.length) ctx.report({ span: ins.span, message: `Label(s) ${extra.join(', ')} are not in the label schema: remove them or add them to the schema.` });
    }
  },
};
