import type { Rule } from '../types';
import { instructionsOf } from '../helpers';
import { unquote } from './_run-commands';

/** `/x`, `$DIR`, `C:\x` and `C:/x` are absolute (or decided by a variable); anything else is relative. */
function absoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:/.test(path);
}

export const rule: Rule = {
  id: 'workdir-not-absolute',
  title: 'WORKDIR with a relative path',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3000', 'CKV_DOCKER_10', 'AVD-DS-0009', 'DS009'],
  lesson: 'layers',
  explanation:
    'A relative WORKDIR is resolved against whatever directory the previous WORKDIR (or the base image) left behind, so the same line lands somewhere else when the base image changes or an instruction is moved. Give the full path from /.',
  examples: {
    bad: 'FROM node:22-slim\nWORKDIR app',
    good: 'FROM node:22-slim\nWORKDIR /app',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'WORKDIR')) {
      const path = unquote(ins.argsText.trim());
      if (!path || absoluteOrVariable(path)) continue;
      ctx.report({ span: ins.span, message: `WORKDIR ${path} is relative to whatever directory came before: write the absolute path (for example /${path.replace(/^\.\//, '')}).` });
    }
  },
};
