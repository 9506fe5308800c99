import type { Rule } from '../types';
import type { WordPart } from '../../shell/types';
import { scriptSpan } from '../helpers';
import { runScripts } from './_shellcheck';

const ESCAPE = /(?:^|[^\\])(?:\\\\)*\\[rnt]/;

function quotedEscape(parts: WordPart[]): WordPart | null {
  for (const p of parts) {
    if ((p.kind === 'sq' || p.kind === 'dq') && ESCAPE.test(p.raw.slice(1, -1))) return p;
  }
  return null;
}

/** ShellCheck SC2028: echo with \n, \t or \r in quotes prints them differently in different shells. */
export const rule: Rule = {
  id: 'echo-with-escape-sequences',
  title: 'echo with backslash escapes',
  category: 'correctness',
  severity: 'info',
  aliases: ['SC2028'],
  lesson: 'layers',
  explanation:
    "Whether echo turns \\n into a newline depends on the shell: dash (Debian's /bin/sh) does, bash does not unless given -e. The same RUN line then writes different files on different base images. printf handles escapes the same way everywhere.",
  examples: {
    bad: "FROM debian:12\nRUN echo 'line one\\nline two' > /etc/motd",
    good: "FROM debian:12\nRUN printf 'line one\\nline two\\n' > /etc/motd",
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const cmd of run.embedded.script.commands) {
        if (cmd.name !== 'echo' || cmd.args.includes('-e') || cmd.args.includes('-E')) continue;
        for (const word of cmd.argv.slice(1)) {
          const part = quotedEscape(word.parts);
          if (!part) continue;
          ctx.report({
            span: scriptSpan(model, run.embedded, part.start, part.end),
            message: 'echo may or may not expand \\n, \\t and \\r depending on the shell: use printf for text with escapes.',
          });
        }
      }
    }
  },
};
