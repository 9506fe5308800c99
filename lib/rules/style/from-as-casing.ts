import type { Rule } from '../types';

export const rule: Rule = {
  id: 'from-as-casing',
  title: "'AS' is cased differently from 'FROM'",
  category: 'style',
  severity: 'warning',
  aliases: ['FromAsCasing'],
  lesson: 'multi-stage',
  explanation:
    "`FROM image AS name` and `from image as name` both work, but `FROM image as name` mixes the two styles in one line. Docker's check asks the AS keyword to follow the casing of FROM.",
  examples: {
    bad: 'FROM golang:1.23 as build\nRUN go build ./...',
    good: 'FROM golang:1.23 AS build\nRUN go build ./...',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const ins = stage.from;
      const as = ins.words[1];
      if (!as || as.value.toLowerCase() !== 'as' || ins.words.length < 3) continue;
      const kw = ins.rawKeyword;
      const kwUpper = kw === kw.toUpperCase();
      const kwLower = kw === kw.toLowerCase();
      // a mixed-case FROM is the casing rule's business, not this one's
      let wanted: string | null = null;
      if (kwUpper && as.raw !== 'AS') wanted = 'AS';
      else if (kwLower && as.raw !== 'as') wanted = 'as';
      if (!wanted) continue;
      ctx.report({
        span: ins.span,
        message: `'${as.raw}' and '${kw}' are cased differently: write '${kw} ... ${wanted}'.`,
        fix: { title: `Write '${wanted}'`, edits: [{ start: as.span.startOffset, end: as.span.endOffset, text: wanted }] },
      });
    }
  },
};
