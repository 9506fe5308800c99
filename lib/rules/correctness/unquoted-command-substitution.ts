import type { Rule } from '../types';
import { scriptSpan } from '../helpers';
import { commandsWithin, isDeclarationAssignment, runScripts, unquotedParts } from './_shellcheck';

/** ShellCheck SC2046: `$(...)` / backticks outside quotes in a command's arguments. */
export const rule: Rule = {
  id: 'unquoted-command-substitution',
  title: 'Unquoted command substitution',
  category: 'correctness',
  severity: 'warning',
  aliases: ['SC2046'],
  lesson: 'layers',
  explanation:
    'The output of an unquoted $(...) is split on spaces and newlines and expanded as file-name patterns. A path with a space, or a line with a *, turns into several unexpected arguments. Quote it, or read the output line by line when you do want a list.',
  examples: {
    bad: 'FROM debian:12\nRUN mkdir -p $(dirname /opt/app/bin/tool)',
    good: 'FROM debian:12\nRUN mkdir -p "$(dirname /opt/app/bin/tool)"',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const cmd of run.embedded.script.commands) {
        for (let i = 1; i < cmd.argv.length; i++) {
          const word = cmd.argv[i];
          if (isDeclarationAssignment(cmd, word)) continue;
          for (const part of unquotedParts(word)) {
            if (part.kind !== 'cmdsubst' || !(part.raw.startsWith('$(') || part.raw.startsWith('`'))) continue;
            const inner = commandsWithin(run.embedded, part.start, part.end);
            if (inner.length === 0) continue;
            // ShellCheck: seq and pgrep output is meant to be split
            if (inner[0].base === 'seq' || inner[0].base === 'pgrep') continue;
            ctx.report({
              span: scriptSpan(model, run.embedded, part.start, part.end),
              message: `The output of ${part.raw.length > 40 ? part.raw.slice(0, 37) + '...' : part.raw} is split on spaces and expanded as file names: quote it ("$(...)") unless you mean to pass several words.`,
            });
          }
        }
      }
    }
  },
};
