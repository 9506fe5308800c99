import type { Rule } from '../types';
import { scriptSpan } from '../helpers';
import { isDeclarationAssignment, paramName, runScripts, spacefulness, unquotedParts } from './_shellcheck';

/**
 * ShellCheck SC2086. Like ShellCheck inside hadolint, ARG/ENV names of the stage count as set and
 * space-free, so `$VERSION` from an ARG is not reported; `[[ ]]`, assignments, `case`, arithmetic
 * and `for ... in` words never split and are not reported either.
 */
export const rule: Rule = {
  id: 'unquoted-variable-expansion',
  title: 'Unquoted variable expansion',
  category: 'correctness',
  severity: 'info',
  aliases: ['SC2086'],
  lesson: 'layers',
  explanation:
    'An unquoted $VAR is split on spaces and its pieces are expanded as file-name patterns before the command sees them. A value with a space or a * silently becomes several arguments or a list of files. Double quotes keep the value as one argument.',
  examples: {
    bad: 'FROM debian:12\nRUN dir=$(mktemp -d) && cp -r /etc/skel $dir',
    good: 'FROM debian:12\nRUN dir=$(mktemp -d) && cp -r /etc/skel "$dir"',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      const spaceful = spacefulness(run);
      for (const cmd of run.embedded.script.commands) {
        for (let i = 1; i < cmd.argv.length; i++) {
          const word = cmd.argv[i];
          if (isDeclarationAssignment(cmd, word)) continue;
          for (const part of unquotedParts(word)) {
            if (part.kind !== 'param') continue;
            const name = paramName(part.raw);
            // $@ and $* are other checks (SC2068/SC2048); ${#x} is a number
            if (!name || name === '@' || name === '*' || name === '#len') continue;
            if (name !== '!ind' && !spaceful(name)) continue;
            const span = scriptSpan(model, run.embedded, part.start, part.end);
            ctx.report({
              span,
              message: `${part.raw} is not quoted: a value with spaces or * would be split into several arguments or expanded to file names. Write "${part.raw}".`,
              fix: {
                title: `Quote ${part.raw}`,
                edits: [
                  { start: span.startOffset, end: span.startOffset, text: '"' },
                  { start: span.endOffset, end: span.endOffset, text: '"' },
                ],
              },
            });
          }
        }
      }
    }
  },
};
