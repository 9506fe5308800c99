import type { Rule } from '../types';

export const rule: Rule = {
  id: 'cmd-not-exec-form',
  title: 'CMD or ENTRYPOINT in shell form',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3025'],
  lesson: 'layers',
  explanation:
    'In shell form (CMD npm start) Docker runs the command through /bin/sh -c, so the shell becomes process 1: signals such as SIGTERM from docker stop reach the shell, not your program, which is then killed after the timeout instead of shutting down cleanly. The JSON form (CMD ["npm", "start"]) runs the program directly.',
  examples: {
    bad: 'FROM node:22-slim\nCMD node server.js',
    good: 'FROM node:22-slim\nCMD ["node", "server.js"]',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.form !== 'shell' || !ins.argsText.trim()) continue;
      ctx.report({ span: ins.span, message: `${ins.keyword} in shell form runs under /bin/sh -c, which does not pass signals on: write it as a JSON array, e.g. ${ins.keyword} ["${ins.words[0]?.value ?? 'cmd'}", ...].` });
    }
  },
};
