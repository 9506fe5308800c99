import type { Rule } from '../types';

export const rule: Rule = {
  id: 'final-stage-without-user',
  title: 'No USER after the last FROM',
  category: 'security',
  severity: 'info',
  aliases: ['DL3063', 'CKV_DOCKER_3', 'CKV_DOCKER_8', 'AVD-DS-0002', 'DS002'],
  lesson: 'security',
  explanation:
    'The stage you ship never sets USER, so its processes run as whatever user the base image chose, usually root. A compromised process then has root inside the container. Add a USER with an unprivileged account (off by default, as in hadolint).',
  examples: {
    bad: 'FROM node:20-slim\nCMD ["node", "server.js"]',
    good: 'FROM node:20-slim\nUSER node\nCMD ["node", "server.js"]',
  },
  enabledByDefault: false,
  check(ctx) {
    const stage = ctx.model.stages[ctx.model.stages.length - 1];
    if (!stage || stage.instructions.some((i) => i.keyword === 'USER')) return;
    // hadolint reports the line after the last FROM
    const line = stage.from.span.start.line + 1;
    const lines = ctx.model.lines.length;
    const pm = ctx.model.lineStarts;
    const span =
      line <= lines && pm.length >= line
        ? { start: { line, column: 1 }, end: { line, column: 1 + ctx.model.lines[line - 1].length }, startOffset: pm[line - 1], endOffset: pm[line - 1] + ctx.model.lines[line - 1].length }
        : stage.from.span;
    ctx.report({ span, message: 'The final stage never sets USER, so it runs as the base image user (usually root): add USER with an unprivileged account.' });
  },
};
