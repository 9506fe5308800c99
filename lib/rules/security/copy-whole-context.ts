import type { Rule } from '../types';
import { copyArgs, stripQuotes } from '../correctness/_run-scan';

export const rule: Rule = {
  id: 'copy-whole-context',
  title: 'COPY . copies the whole build context',
  category: 'security',
  severity: 'warning',
  aliases: ['DL4007'],
  lesson: 'security',
  explanation:
    'COPY . takes everything in the build context: .git, .env files, local credentials and build output can end up in the image, readable by anyone who pulls it, and every edit to any file invalidates the layer. Copy only what the image needs, or keep a .dockerignore that excludes the rest (when one is known, this rule stays quiet).',
  examples: {
    bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .',
    good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/',
  },
  check(ctx) {
    // a .dockerignore is the mitigation this rule asks for
    if (ctx.dockerignore) return;
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'COPY' || ins.flags.some((f) => f.name === 'from')) continue;
      const args = copyArgs(ins);
      if (args.slice(0, -1).some((a) => ['.', './'].includes(stripQuotes(a)))) {
        ctx.report({ span: ins.span, message: 'COPY . takes the whole build context (.git, .env, local configs ...): copy only the files you need, or add a .dockerignore.' });
      }
    }
  },
};
