import type { Rule } from '../types';

export const rule: Rule = {
  id: 'dockerfile-syntax',
  title: 'The Dockerfile does not parse',
  category: 'correctness',
  severity: 'error',
  aliases: [],
  lesson: 'layers',
  explanation:
    'Docker stops the build at the first line it cannot read: an unknown instruction, a FROM without an image, a heredoc that is never closed, or a file with no FROM at all. Nothing else in the file matters until this is fixed.',
  examples: {
    bad: 'FORM python:3.12\nRUN <<EOF\necho never closed',
    good: 'FROM python:3.12\nRUN <<EOF\necho closed\nEOF',
  },
  check(ctx) {
    for (const d of ctx.model.parseDiagnostics) ctx.report({ span: d.span, message: d.message });
  },
};
