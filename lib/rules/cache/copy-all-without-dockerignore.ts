import type { Rule } from '../types';
import { copiesWholeContext } from './copy-all-before-dependency-install';

export const rule: Rule = {
  id: 'copy-all-without-dockerignore',
  title: 'COPY . with no .dockerignore',
  category: 'cache',
  severity: 'info',
  aliases: [],
  lesson: 'why-size',
  explanation:
    'COPY . copies the whole build context: .git, node_modules, virtualenvs, build output, editor files and possibly .env secrets, unless a .dockerignore excludes them. They make the image bigger, and since they change all the time they also invalidate the layer cache. Only reported when no .dockerignore was found or given with the Dockerfile.',
  examples: {
    bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]',
    good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json server.js ./\nCMD ["node", "server.js"]',
  },
  check(ctx) {
    if (ctx.dockerignore !== null) return;
    for (const ins of ctx.model.instructions) {
      if (!copiesWholeContext(ins)) continue;
      ctx.report({
        span: ins.span,
        message: `No .dockerignore was found with this Dockerfile, so ${ins.keyword} . takes everything in the build context (.git, node_modules, build output, local .env files): add a .dockerignore that excludes them.`,
      });
      return; // one hint per file is enough
    }
  },
};
