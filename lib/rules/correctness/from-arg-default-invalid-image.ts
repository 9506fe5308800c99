import type { Rule } from '../types';
import { expandVariables } from '../../model/image-ref';
import { findVarRefs } from './_buildkit';
import { isValidImageReference } from './_image-reference';

export const rule: Rule = {
  id: 'from-arg-default-invalid-image',
  title: 'Default ARG values give FROM an invalid image name',
  category: 'correctness',
  severity: 'warning',
  aliases: ['InvalidDefaultArgInFrom'],
  lesson: 'multi-stage',
  explanation:
    'When FROM is built from global ARGs, their default values must produce a usable image name on their own. `ARG VERSION` without a default turns `FROM busybox:$VERSION` into `busybox:`, which fails unless every build passes --build-arg. Give the ARG a sensible default.',
  examples: {
    bad: 'ARG VERSION\nFROM busybox:$VERSION\nRUN echo hi',
    good: 'ARG VERSION=1.37\nFROM busybox:$VERSION\nRUN echo hi',
  },
  check(ctx) {
    const model = ctx.model;
    const vars = new Map<string, string | null>();
    for (const a of model.globalArgs) vars.set(a.name, a.defaultValue);
    for (const stage of model.stages) {
      const word = stage.from.words[0];
      if (!word || !word.raw.includes('$')) continue;
      const refs = findVarRefs(word.raw, model.escapeChar);
      // undeclared names are the concern of from-uses-undeclared-arg
      if (!refs.length || refs.some((r) => !vars.has(r.name))) continue;
      const { value } = expandVariables(word.value, vars);
      if (isValidImageReference(value)) continue;
      ctx.report({
        span: stage.from.span,
        message: `With the ARG defaults, ${word.value} becomes ${value === '' ? 'an empty image name' : `"${value}"`}, which is not a valid image: give the ARG a default value.`,
      });
    }
  },
};
