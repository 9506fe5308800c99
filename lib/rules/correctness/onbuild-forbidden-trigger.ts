import type { Rule } from '../types';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule: Rule = {
  id: 'onbuild-forbidden-trigger',
  title: 'ONBUILD triggers ONBUILD, FROM or MAINTAINER',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3043'],
  lesson: 'layers',
  explanation:
    'ONBUILD stores an instruction to run when another Dockerfile builds FROM this image. Docker refuses to chain ONBUILD, and FROM or MAINTAINER cannot be deferred that way, so the image fails to build or its children do.',
  examples: {
    bad: 'FROM node:20-slim\nONBUILD FROM debian:bookworm',
    good: 'FROM node:20-slim\nONBUILD COPY . /app',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      const kw = ins.keyword === 'ONBUILD' ? ins.trigger?.keyword : undefined;
      if (kw && FORBIDDEN.has(kw)) {
        ctx.report({ span: ins.span, message: `ONBUILD cannot trigger ${kw}: Docker rejects it. Remove it or move it out of ONBUILD.` });
      }
    }
  },
};
