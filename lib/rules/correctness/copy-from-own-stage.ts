import type { Rule } from '../types';
import { copyFrom } from './_stages';

export const rule: Rule = {
  id: 'copy-from-own-stage',
  title: 'COPY --from names the stage it is in',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3023'],
  lesson: 'multi-stage',
  explanation:
    'A stage cannot copy from itself: its files do not exist yet while it is being built, so Docker reports a circular dependency. Copy from the earlier stage that produced the files, or use a plain RUN cp inside the stage.',
  examples: {
    bad: 'FROM node:22 AS app\nCOPY --from=app /src/dist /dist',
    good: 'FROM node:22 AS build\nRUN mkdir -p /src/dist\nFROM node:22-slim AS app\nCOPY --from=build /src/dist /dist',
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of model.instructions) {
      const stage = model.stages[ins.stageIndex];
      if (ins.keyword !== 'COPY' || !stage) continue;
      const ref = copyFrom(ins);
      if (!ref) continue;
      const own = (stage.name !== null && stage.name.toLowerCase() === ref.toLowerCase()) || ref === String(stage.index);
      if (!own) continue;
      ctx.report({ span: ins.span, message: `COPY --from=${ref} refers to the stage this COPY is in, which is not built yet: copy from an earlier stage.` });
    }
  },
};
