import type { Rule } from '../types';
import { instructionsOf } from '../helpers';
import { unquote } from '../correctness/_run-commands';

// zip is not unpacked by ADD, so it does not justify ADD
const ARCHIVES = ['.tar', '.gz', '.bz2', '.xz', '.tgz', '.tb2', '.tbz', '.tbz2', '.lz', '.lzma', '.tlz', '.txz', '.Z', '.tZ'];
/** flags only ADD understands: with them the instruction cannot simply become COPY */
const ADD_ONLY_FLAGS = ['checksum', 'keep-git-dir', 'unpack'];

function needsAdd(src: string): boolean {
  const s = unquote(src);
  // a variable may well hold a URL or an archive
  return ARCHIVES.some((ext) => s.endsWith(ext)) || /^https?:\/\//.test(s) || /^git@/.test(s) || s.startsWith('$');
}

export const rule: Rule = {
  id: 'use-copy-not-add',
  title: 'ADD used to copy plain files',
  category: 'style',
  severity: 'error',
  aliases: ['DL3020', 'CKV_DOCKER_4', 'AVD-DS-0005', 'DS005'],
  lesson: 'layers',
  explanation:
    'ADD does more than copy: it downloads URLs and unpacks local tar archives, so a reader has to check each source to know what it does, and a file that happens to be an archive gets extracted. For plain files and folders COPY says exactly what happens.',
  examples: {
    bad: 'FROM python:3.12-slim\nADD requirements.txt /app/',
    good: 'FROM python:3.12-slim\nCOPY requirements.txt /app/',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'ADD')) {
      if (ins.heredocs.length) continue;
      const words = ins.json ?? ins.words.map((w) => w.raw);
      if (words.length < 2) continue;
      const plain = words.slice(0, -1).filter((s) => !needsAdd(s));
      if (!plain.length) continue;
      const fixable = plain.length === words.length - 1 && !ins.flags.some((f) => ADD_ONLY_FLAGS.includes(f.name));
      const kw = ins.keywordSpan;
      ctx.report({
        span: ins.span,
        message: `${plain.map(unquote).join(', ')} ${plain.length > 1 ? 'are' : 'is'} neither a URL nor an archive: use COPY, which only copies.`,
        fix: fixable
          ? { title: 'Use COPY', edits: [{ start: kw.startOffset, end: kw.endOffset, text: ins.rawKeyword === ins.rawKeyword.toLowerCase() ? 'copy' : 'COPY' }] }
          : undefined,
      });
    }
  },
};
