import type { Rule } from '../types';
import type { DockerfileModel, Instruction } from '../../model/types';
import { copyArgs, stageAncestry, stripQuotes } from './_run-scan';

function absoluteOrVariable(dest: string): boolean {
  const d = stripQuotes(dest);
  return d.startsWith('/') || d.startsWith('$') || d.slice(1, 3) === ':\\' || d.slice(1, 3) === ':/';
}

function workdirBefore(model: DockerfileModel, ins: Instruction): boolean {
  const stage = model.stages[ins.stageIndex];
  if (!stage) return false;
  if (stage.instructions.some((i) => i.index < ins.index && i.keyword === 'WORKDIR')) return true;
  return stageAncestry(model, stage).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'));
}

export const rule: Rule = {
  id: 'copy-relative-without-workdir',
  title: 'COPY to a relative path without WORKDIR',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3045'],
  lesson: 'layers',
  explanation:
    'A relative COPY destination is resolved against the working directory, which this stage never sets: it is whatever the base image chose, and can change when the base image changes. Set WORKDIR first or copy to an absolute path.',
  examples: {
    bad: 'FROM node:20-slim\nCOPY package.json .',
    good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json .',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'COPY') continue;
      const args = copyArgs(ins);
      if (args.length < 2 && !ins.heredocs.length) continue;
      const dest = args[args.length - 1];
      if (dest === undefined || absoluteOrVariable(dest) || workdirBefore(ctx.model, ins)) continue;
      ctx.report({ span: ins.span, message: `COPY writes to the relative path "${stripQuotes(dest)}" but this stage sets no WORKDIR: set WORKDIR first or use an absolute destination.` });
    }
  },
};
