import type { Rule } from '../types';

export const rule: Rule = {
  id: 'duplicate-stage-name',
  title: 'Two stages share a name',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DuplicateStageName'],
  lesson: 'multi-stage',
  explanation:
    'A stage name is how `COPY --from=` and `FROM <stage>` find a stage. When two stages carry the same name (Docker compares them without regard to case), a reference can silently pick the wrong one. Give each stage its own name.',
  examples: {
    bad: 'FROM golang:1.23 AS build\nRUN go build ./...\nFROM node:22 AS build\nRUN npm ci',
    good: 'FROM golang:1.23 AS build-go\nRUN go build ./...\nFROM node:22 AS build-web\nRUN npm ci',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const stage of ctx.model.stages) {
      if (!stage.name) continue;
      const key = stage.name.toLowerCase();
      if (seen.has(key)) {
        ctx.report({ span: stage.from.span, message: `Stage name "${stage.name}" is already used by an earlier stage: stage names should be unique.` });
      }
      seen.add(key);
    }
  },
};
