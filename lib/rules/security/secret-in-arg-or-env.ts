import type { Rule } from '../types';

// BuildKit's rule: a name part (split on `_`, case-insensitive) is one of these tokens...
const SECRET_TOKENS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
// ...unless another part says the value is meant to be public
const ALLOWED_TOKENS = new Set(['public']);

export function looksLikeSecretName(name: string): boolean {
  const parts = name.toLowerCase().split('_');
  return parts.some((p) => SECRET_TOKENS.has(p)) && !parts.some((p) => ALLOWED_TOKENS.has(p));
}

export const rule: Rule = {
  id: 'secret-in-arg-or-env',
  title: 'Secret passed through ARG or ENV',
  category: 'security',
  severity: 'warning',
  aliases: ['SecretsUsedInArgOrEnv'],
  lesson: 'security',
  explanation:
    'ENV values are stored in the image config and ARG values in its build history, so anyone who can pull the image can read a password or token set this way, even from an earlier stage. Pass secrets with `RUN --mount=type=secret` at build time, or inject them at run time.',
  examples: {
    bad: 'FROM node:22\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci',
    good: 'FROM node:22\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      for (const pair of ins.pairs) {
        if (!looksLikeSecretName(pair.key)) continue;
        ctx.report({
          span: ins.span,
          message: `${ins.keyword} "${pair.key}" looks like a secret and will be readable in the image: use RUN --mount=type=secret instead.`,
        });
      }
    }
  },
};
