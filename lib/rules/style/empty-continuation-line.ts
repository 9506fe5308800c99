import type { Rule } from '../types';

export const rule: Rule = {
  id: 'empty-continuation-line',
  title: 'Empty line inside a continued instruction',
  category: 'style',
  severity: 'warning',
  aliases: ['NoEmptyContinuation'],
  lesson: 'layers',
  explanation:
    'A blank line after a trailing backslash does not end the instruction: Docker skips it and keeps reading, which makes the instruction look finished when it is not. Docker warns today and plans to make it an error. Remove the blank lines (a comment line is fine).',
  examples: {
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl',
  },
  check(ctx) {
    const model = ctx.model;
    for (const ins of model.instructions) {
      if (!ins.emptyContinuationLines.length) continue;
      const edits = ins.emptyContinuationLines.map((line) => {
        const start = model.lineStarts[line - 1];
        const next = line < model.lineStarts.length ? model.lineStarts[line] : model.text.length;
        return { start, end: next, text: '' };
      });
      // BuildKit reports on the line where the instruction ends
      const endLine = ins.span.end.line;
      ctx.report({
        span: { ...ins.span, start: { line: endLine, column: 1 }, startOffset: model.lineStarts[endLine - 1] },
        message: `Empty continuation line${edits.length > 1 ? 's' : ''} (line ${ins.emptyContinuationLines.join(', ')}) inside this ${ins.keyword}: remove ${edits.length > 1 ? 'them' : 'it'}.`,
        fix: { title: 'Remove the empty lines', edits },
      });
    }
  },
};
