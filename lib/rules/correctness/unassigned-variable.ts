import type { Rule } from '../types';
import { scriptSpan } from '../helpers';
import { definedNames, isGuarded, paramName, paramParts, runScripts } from './_shellcheck';

/**
 * ShellCheck SC2154: a lower-case variable that is used but never set. As inside hadolint, ARG
 * and ENV names of the stage (and the proxy variables) count as set; upper-case names are
 * assumed to come from the environment (SC2153 handles likely misspellings of those).
 */
export const rule: Rule = {
  id: 'unassigned-variable',
  title: 'Variable used but never set',
  category: 'correctness',
  severity: 'warning',
  aliases: ['SC2154'],
  lesson: 'layers',
  explanation:
    'The RUN uses a variable that nothing sets: no ARG or ENV in this stage, and no assignment in the script. It expands to an empty string, so paths and URLs built from it silently lose a part. ARG and ENV values do not carry over from one stage to the next: declare the ARG again after FROM.',
  examples: {
    bad: 'ARG version=1.2\nFROM debian:12-slim\nRUN curl -fsSLo /tmp/tool.tgz "https://example.com/tool-${version}.tgz"',
    good: 'ARG version=1.2\nFROM debian:12-slim\nARG version\nRUN curl -fsSLo /tmp/tool.tgz "https://example.com/tool-${version}.tgz"',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      const defined = definedNames(run);
      const reported = new Set<string>();
      for (const part of paramParts(run)) {
        const name = paramName(part.raw);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || !/[a-z]/.test(name)) continue;
        if (defined.has(name) || run.known.has(name) || reported.has(name) || isGuarded(part.raw)) continue;
        reported.add(name);
        ctx.report({
          span: scriptSpan(model, run.embedded, part.start, part.end),
          message: `$${name} is never set in this stage (no ARG, ENV or assignment), so it expands to nothing: declare ARG ${name} after FROM, or set it.`,
        });
      }
    }
  },
};
