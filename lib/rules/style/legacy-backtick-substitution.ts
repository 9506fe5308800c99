import type { Rule } from '../types';
import type { ShellWord, WordPart } from '../../shell/types';
import { scriptSpan } from '../helpers';
import { forLoops, runScripts } from '../correctness/_shellcheck';

function* backticks(parts: WordPart[]): Generator<WordPart> {
  for (const p of parts) {
    if (p.kind === 'cmdsubst' && p.raw.startsWith('`')) yield p;
    if (p.parts) yield* backticks(p.parts);
  }
}

/** ShellCheck SC2006: backtick command substitution. */
export const rule: Rule = {
  id: 'legacy-backtick-substitution',
  title: 'Backticks instead of $(...)',
  category: 'style',
  severity: 'style',
  aliases: ['SC2006'],
  lesson: 'layers',
  explanation:
    'Backticks are the old spelling of command substitution: they do not nest without extra backslashes and their escaping rules differ from the rest of the shell. $(...) does the same job, nests, and reads clearly.',
  examples: {
    bad: 'FROM debian:12\nRUN echo "built on `date`" > /build-info',
    good: 'FROM debian:12\nRUN echo "built on $(date)" > /build-info',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      const words: ShellWord[] = [];
      for (const cmd of run.embedded.script.commands) {
        words.push(...cmd.argv);
        for (const a of cmd.assignments) if (a.word) words.push(a.word);
        for (const r of cmd.redirects) if (r.target && !r.op.startsWith('<<')) words.push(r.target);
      }
      for (const loop of forLoops(run.embedded.script.root)) words.push(...(loop.words ?? []));
      const seen = new Set<number>();
      for (const word of words) {
        for (const part of backticks(word.parts)) {
          if (seen.has(part.start)) continue;
          seen.add(part.start);
          const span = scriptSpan(model, run.embedded, part.start, part.end);
          const open = scriptSpan(model, run.embedded, part.start, part.start + 1);
          const close = scriptSpan(model, run.embedded, part.end - 1, part.end);
          // backslashes mean something else inside backticks: only rewrite when there are none
          const safe = !part.raw.includes('\\') && part.raw.endsWith('`') && part.raw.length > 1;
          const inner = part.raw.replace(/^`|`$/g, '');
          ctx.report({
            span,
            // the user's own backticks are left out: messages mark code with backticks
            message: `Use $(${inner.length > 40 ? inner.slice(0, 37) + '...' : inner}) instead of backticks.`,
            fix: safe
              ? {
                  title: 'Rewrite as $(...)',
                  edits: [
                    { start: open.startOffset, end: open.endOffset, text: '$(' },
                    { start: close.startOffset, end: close.endOffset, text: ')' },
                  ],
                }
              : undefined,
          });
        }
      }
    }
  },
};
