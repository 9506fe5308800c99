import type { Rule } from '../types';
import { scriptSpan } from '../helpers';
import { definedNames, isGuarded, paramName, paramParts, runScripts } from './_shellcheck';

/** Levenshtein distance, bounded: returns limit + 1 as soon as it is exceeded. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** ShellCheck's notion of a close enough name: one edit for names over 3 characters, two over 7. */
function closeMatch(name: string, candidates: Iterable<string>): string | null {
  let best: { n: string; d: number } | null = null;
  for (const c of candidates) {
    if (c === name) return null;
    const d = distance(name, c, 2);
    if ((c.length > 3 && d <= 1) || (c.length > 7 && d <= 2)) if (!best || d < best.d) best = { n: c, d };
  }
  return best?.n ?? null;
}

/** ShellCheck SC2153: an upper-case variable that is never set but is one typo away from one that is. */
export const rule: Rule = {
  id: 'possibly-misspelled-variable',
  title: 'Variable name looks like a typo',
  category: 'correctness',
  severity: 'info',
  aliases: ['SC2153'],
  lesson: 'layers',
  explanation:
    'The RUN uses a variable that nothing in this stage sets, while a variable with almost the same name is set (by ARG, ENV or the script). It is most likely a typo, and the misspelled name expands to an empty string.',
  examples: {
    bad: 'FROM debian:12-slim\nARG APP_VERSION=1.2\nRUN echo "$APP_VERSOIN" > /version',
    good: 'FROM debian:12-slim\nARG APP_VERSION=1.2\nRUN echo "$APP_VERSION" > /version',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      const defined = definedNames(run);
      const candidates = new Set([...defined, ...run.known]);
      for (const part of paramParts(run)) {
        const name = paramName(part.raw);
        if (!/^[A-Z_][A-Z0-9_]*$/.test(name) || candidates.has(name) || isGuarded(part.raw)) continue;
        const match = closeMatch(name, candidates);
        if (!match) continue;
        ctx.report({
          span: scriptSpan(model, run.embedded, part.start, part.end),
          message: `$${name} is never set here, but ${match} is: did you mean $${match}?`,
        });
      }
    }
  },
};
