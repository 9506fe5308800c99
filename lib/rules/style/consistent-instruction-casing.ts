import type { Rule } from '../types';

function casingOf(word: string): 'upper' | 'lower' | 'mixed' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

export const rule: Rule = {
  id: 'consistent-instruction-casing',
  title: 'Instructions use mixed casing',
  category: 'style',
  severity: 'warning',
  aliases: ['ConsistentInstructionCasing'],
  lesson: 'layers',
  explanation:
    'Docker accepts `copy` as well as `COPY`, but a file that mixes both, or writes `From`, is harder to scan and suggests lines pasted from elsewhere. Pick one casing for every instruction; the one most of the file already uses is the cheapest to keep.',
  examples: {
    bad: 'FROM alpine:3.20\ncopy app.sh /app.sh\nCOPY run.sh /run.sh',
    good: 'FROM alpine:3.20\nCOPY app.sh /app.sh\nCOPY run.sh /run.sh',
  },
  check(ctx) {
    const list = ctx.model.instructions.filter((i) => i.known);
    let upper = 0;
    let lower = 0;
    for (const ins of list) {
      const c = casingOf(ins.rawKeyword);
      if (c === 'upper') upper++;
      else if (c === 'lower') lower++;
    }
    // BuildKit: a tie counts as uppercase
    const majority = lower > upper ? 'lower' : 'upper';
    for (const ins of list) {
      if (casingOf(ins.rawKeyword) === majority) continue;
      const wanted = majority === 'upper' ? ins.rawKeyword.toUpperCase() : ins.rawKeyword.toLowerCase();
      ctx.report({
        span: ins.keywordSpan,
        message: `'${ins.rawKeyword}' does not match the ${majority}case used by most instructions in this file: write '${wanted}'.`,
        fix: { title: `Write '${wanted}'`, edits: [{ start: ins.keywordSpan.startOffset, end: ins.keywordSpan.endOffset, text: wanted }] },
      });
    }
  },
};
