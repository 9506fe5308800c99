import type { Rule } from '../types';
import { buildCommands } from '../helpers';
import { reportSpan } from '../correctness/_run-commands';

export const rule: Rule = {
  id: 'use-workdir-not-cd',
  title: 'cd used to change directory in RUN',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3003'],
  lesson: 'layers',
  explanation:
    'A cd inside RUN only lasts until the end of that RUN, so the next instruction is back in the old directory, which is easy to forget and makes long command chains hard to read. WORKDIR sets the directory for every following instruction (and creates it when missing).',
  examples: {
    bad: 'FROM node:22\nRUN cd /usr/src/app && npm ci',
    good: 'FROM node:22\nWORKDIR /usr/src/app\nRUN npm ci',
  },
  check(ctx) {
    const { model } = ctx;
    let last = -1;
    for (const found of buildCommands(model)) {
      if (found.cmd.base !== 'cd' || found.ins.index === last) continue;
      last = found.ins.index;
      ctx.report({
        span: reportSpan(model, found),
        message: 'cd only lasts until the end of this RUN: set the directory with WORKDIR instead.',
      });
    }
  },
};
