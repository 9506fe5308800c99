import type { Rule } from '../types';
import { findVarRefs, PLATFORM_ARGS, suggest } from './_buildkit';

export const rule: Rule = {
  id: 'from-uses-undeclared-arg',
  title: 'FROM uses a variable no global ARG declares',
  category: 'correctness',
  severity: 'warning',
  aliases: ['UndefinedArgInFrom'],
  lesson: 'multi-stage',
  explanation:
    'FROM can only see ARGs declared before the first FROM (plus the predefined platform args such as BUILDPLATFORM). Any other variable expands to nothing, so the image name or platform silently changes; often the name is simply misspelt. Declare the ARG above the first FROM.',
  examples: {
    bad: 'FROM node:${NODE_VERSION}-alpine\nRUN node --version',
    good: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine\nRUN node --version',
  },
  check(ctx) {
    const model = ctx.model;
    const declared = new Set([...PLATFORM_ARGS]);
    for (const a of model.globalArgs) declared.add(a.name);
    for (const stage of model.stages) {
      const ins = stage.from;
      const texts: string[] = [];
      if (ins.words[0]) texts.push(ins.words[0].raw);
      const flag = ins.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (flag?.value) texts.push(flag.value);
      const reported = new Set<string>();
      for (const text of texts) {
        for (const ref of findVarRefs(text, model.escapeChar)) {
          if (declared.has(ref.name) || reported.has(ref.name)) continue;
          reported.add(ref.name);
          const hint = suggest(ref.name, declared);
          ctx.report({
            span: ins.span,
            message: `FROM argument '${ref.name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}: add 'ARG ${hint ?? ref.name}' before the first FROM.`,
          });
        }
      }
    }
  },
};
