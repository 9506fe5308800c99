import type { Rule } from '../types';
import type { Instruction } from '../../model/types';

/** Commands in the RUN; exec form counts as one. */
function commandCount(ins: Instruction): number {
  if (ins.form === 'exec') return 1;
  return ins.scripts.reduce((n, s) => n + s.script.commands.length, 0);
}

function flagKey(ins: Instruction): string {
  return ins.flags.map((f) => `${f.name}=${f.value ?? ''}`).join('\u0000');
}

export const rule: Rule = {
  id: 'consecutive-run-instructions',
  title: 'Consecutive single-command RUNs',
  category: 'cache',
  severity: 'info',
  aliases: ['DL3059'],
  lesson: 'layers',
  explanation:
    'Each RUN adds a layer and a build step. Two RUNs in a row that each run one command can usually be one RUN joined with &&, which gives one layer, lets clean-up happen in the layer that made the mess, and builds faster. RUNs that already chain several commands or use different --mount flags are left alone: keeping them apart is usually deliberate.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10',
  },
  check(ctx) {
    let prev: Instruction | null = null;
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'RUN') {
        prev = null;
        continue;
      }
      if (prev && flagKey(prev) === flagKey(ins) && commandCount(prev) <= 1 && commandCount(ins) <= 1) {
        ctx.report({ span: ins.span, message: `This RUN directly follows another single-command RUN (line ${prev.span.start.line}): join them with && into one layer.` });
      }
      prev = ins;
    }
  },
};
