import type { Rule } from '../types';
import { instructionsOf } from '../helpers';
import { unquote } from './_run-commands';

export const rule: Rule = {
  id: 'copy-multiple-sources-dest-not-dir',
  title: 'COPY of several sources to a destination without a trailing /',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3021'],
  lesson: 'layers',
  explanation:
    'When COPY is given more than one source, the destination must be a directory and Docker requires it to end with /; otherwise the build fails. Adding the slash also tells the reader that the files land inside that directory.',
  examples: {
    bad: 'FROM node:22-slim\nCOPY package.json package-lock.json /app',
    good: 'FROM node:22-slim\nCOPY package.json package-lock.json /app/',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'COPY')) {
      if (ins.heredocs.length) continue;
      const json = ins.json;
      const raws = json ?? ins.words.map((w) => w.raw);
      if (raws.length < 3) continue;
      const dest = json ? json[json.length - 1] : unquote(raws[raws.length - 1]);
      // a destination ending in a variable may carry its own slash
      if (dest.endsWith('/') || dest.endsWith('\\') || /\$\{?\w+\}?$/.test(dest)) continue;
      let fix;
      if (!json && ins.words.length) {
        const w = ins.words[ins.words.length - 1];
        const quoted = w.raw.length > 1 && (w.raw.endsWith('"') || w.raw.endsWith("'"));
        const at = quoted ? w.span.endOffset - 1 : w.span.endOffset;
        fix = { title: 'Add a trailing /', edits: [{ start: at, end: at, text: '/' }] };
      }
      ctx.report({ span: ins.span, message: `COPY with ${raws.length - 1} sources needs a directory destination ending in /: write ${dest}/.`, fix });
    }
  },
};
