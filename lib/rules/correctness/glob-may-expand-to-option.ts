import type { Rule } from '../types';
import { scriptSpan } from '../helpers';
import { runScripts } from './_shellcheck';

/** ShellCheck SC2035: an argument that starts with an unquoted * or ? may expand to a file named like an option. */
export const rule: Rule = {
  id: 'glob-may-expand-to-option',
  title: 'Glob can expand to a name that looks like an option',
  category: 'correctness',
  severity: 'info',
  aliases: ['SC2035'],
  lesson: 'layers',
  explanation:
    'A pattern such as *.log expands to the file names in the current directory; a file called -rf or --help then reaches the command as an option. Prefix the pattern with ./ (./*.log) or put -- before it so every name is read as a file.',
  examples: {
    bad: 'FROM debian:12\nWORKDIR /opt/app\nRUN chmod +x *.sh',
    good: 'FROM debian:12\nWORKDIR /opt/app\nRUN chmod +x ./*.sh',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const cmd of run.embedded.script.commands) {
        if (cmd.base === 'echo' || cmd.base === 'printf' || cmd.argv.length < 2) continue;
        for (const word of cmd.argv.slice(1)) {
          if (word.value === '--' || word.value === ':::' || word.value === '::::') break;
          const first = word.parts[0];
          if (!first || first.kind !== 'glob' || first.quoted || !(first.raw.startsWith('*') || first.raw.startsWith('?'))) continue;
          const span = scriptSpan(model, run.embedded, word.start, word.end);
          ctx.report({
            span,
            message: `${word.raw} can expand to a file name starting with -, which ${cmd.base} would read as an option: write ./${word.raw} (or put -- before it).`,
            fix: { title: `Write ./${word.raw}`, edits: [{ start: span.startOffset, end: span.startOffset, text: './' }] },
          });
        }
      }
    }
  },
};
