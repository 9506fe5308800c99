import type { Rule } from '../types';

export const rule: Rule = {
  id: 'stage-name-casing',
  title: 'Stage name is not lowercase',
  category: 'style',
  severity: 'warning',
  aliases: ['StageNameCasing'],
  lesson: 'multi-stage',
  explanation:
    'Docker lowercases stage names when it reads them, so `AS Builder` and `--from=builder` name the same stage. Writing them in lowercase everywhere keeps references obviously consistent.',
  examples: {
    bad: 'FROM node:22 AS Build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=Build /app /usr/share/nginx/html',
    good: 'FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameSpan || stage.name === stage.name.toLowerCase()) continue;
      ctx.report({
        span: stage.from.span,
        message: `Stage name '${stage.name}' should be lowercase: write '${stage.name.toLowerCase()}'.`,
      });
    }
  },
};
