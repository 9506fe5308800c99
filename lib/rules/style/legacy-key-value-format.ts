import type { KeyValue, Instruction } from '../../model/types';
import type { Rule } from '../types';

/** `key="value"` for a legacy pair, when the value's text is plain enough to requote safely. */
function modernPair(text: string, ins: Instruction, pair: KeyValue): string | null {
  if (ins.pairs.length !== 1 || pair.span.start.line !== pair.span.end.line) return null;
  const raw = text.slice(pair.span.startOffset, ins.span.endOffset);
  const m = /^(\S+)[ \t]+([^\n]*)$/.exec(raw);
  if (!m || m[1] !== pair.key) return null;
  const value = m[2].trim();
  // quotes, escapes or a comment-like tail: leave those to a human
  if (value === '' || /["'\\`]/.test(value)) return null;
  return /\s/.test(value) ? `${pair.key}="${value}"` : `${pair.key}=${value}`;
}

export const rule: Rule = {
  id: 'legacy-key-value-format',
  title: 'ENV or LABEL uses the legacy "key value" form',
  category: 'style',
  severity: 'warning',
  aliases: ['LegacyKeyValueFormat'],
  lesson: 'layers',
  explanation:
    '`ENV key value` (without `=`) is an old form that sets one variable to the rest of the line, spaces and all, so `ENV A 1 B 2` sets A to "1 B 2". The `key=value` form is unambiguous, allows several pairs per line, and is the only one Docker documents today.',
  examples: {
    bad: 'FROM alpine:3.20\nENV APP_HOME /app',
    good: 'FROM alpine:3.20\nENV APP_HOME=/app',
  },
  check(ctx) {
    const text = ctx.model.text;
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      const pair = ins.pairs.find((p) => !p.hasEquals);
      if (!pair) continue;
      const replacement = modernPair(text, ins, pair);
      ctx.report({
        span: ins.span,
        message: `"${ins.keyword} ${pair.key} value" is the legacy form: write "${ins.keyword} ${pair.key}=value".`,
        fix: replacement
          ? { title: `Write ${ins.keyword} ${replacement}`, edits: [{ start: pair.span.startOffset, end: ins.span.endOffset, text: replacement }] }
          : undefined,
      });
    }
  },
};
