import type { Rule } from '../types';

export const rule: Rule = {
  id: 'duplicate-stage-alias',
  title: 'Two stages with the same name',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3024', 'CKV_DOCKER_11', 'AVD-DS-0012', 'DS012'],
  lesson: 'multi-stage',
  explanation:
    'Stage names must be unique: COPY --from, FROM and --target refer to stages by name, and with two stages of the same name it is unclear (and for Docker an error) which one is meant. Give each stage its own name.',
  examples: {
    bad: 'FROM node:22 AS build\nRUN npm ci\nFROM golang:1.23 AS build\nRUN go build ./...',
    good: 'FROM node:22 AS web-build\nRUN npm ci\nFROM golang:1.23 AS api-build\nRUN go build ./...',
  },
  check(ctx) {
    const seen = new Map<string, number>();
    for (const stage of ctx.model.stages) {
      if (stage.name === null) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, stage.from.span.start.line);
        continue;
      }
      ctx.report({ span: stage.nameSpan ?? stage.from.span, message: `The name ${stage.name} is already used by the stage on line ${first}: give this stage another name.` });
    }
  },
};
