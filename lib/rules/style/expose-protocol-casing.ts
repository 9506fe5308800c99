import type { Rule } from '../types';

export const rule: Rule = {
  id: 'expose-protocol-casing',
  title: 'EXPOSE protocol is not lowercase',
  category: 'style',
  severity: 'warning',
  aliases: ['ExposeProtoCasing'],
  lesson: 'layers',
  explanation:
    'The protocol after a port in EXPOSE is `tcp` or `udp`. Docker accepts other casings, but its check asks for lowercase so that every Dockerfile and every tool reading the image config sees the same spelling.',
  examples: {
    bad: 'FROM alpine:3.20\nEXPOSE 80/TCP',
    good: 'FROM alpine:3.20\nEXPOSE 80/tcp',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const w of ins.words) {
        const slash = w.value.lastIndexOf('/');
        if (slash < 0) continue;
        const proto = w.value.slice(slash + 1);
        if (proto === proto.toLowerCase()) continue;
        const rawSlash = w.raw.lastIndexOf('/');
        // only a plain word (no quotes) is rewritten: its raw text is its value
        const fix = w.raw === w.value && rawSlash >= 0
          ? { title: 'Lowercase the protocol', edits: [{ start: w.span.startOffset + rawSlash + 1, end: w.span.endOffset, text: proto.toLowerCase() }] }
          : undefined;
        ctx.report({
          span: ins.span,
          message: `Protocol in '${w.value}' should be lowercase: write '${w.value.slice(0, slash + 1)}${proto.toLowerCase()}'.`,
          fix,
        });
      }
    }
  },
};
