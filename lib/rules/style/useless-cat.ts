import type { Rule } from '../types';
import { commandSpan } from '../helpers';
import { runScripts } from '../correctness/_shellcheck';

/** ShellCheck SC2002: `cat file | cmd` where `cmd < file` does the same. */
export const rule: Rule = {
  id: 'useless-cat',
  title: 'cat of a single file into a pipe',
  category: 'style',
  severity: 'style',
  aliases: ['SC2002'],
  lesson: 'layers',
  explanation:
    'cat file | cmd starts an extra process only to hand one file to a command that can read it itself. Redirect the file instead (cmd < file) or pass it as an argument.',
  examples: {
    bad: 'FROM debian:12\nCOPY packages.txt /tmp/\nRUN cat /tmp/packages.txt | xargs apt-get install -y',
    good: 'FROM debian:12\nCOPY packages.txt /tmp/\nRUN xargs apt-get install -y < /tmp/packages.txt',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const cmd of run.embedded.script.commands) {
        if (cmd.name !== 'cat' || cmd.pipeline.index !== 0 || cmd.pipeline.length < 2) continue;
        if (cmd.argv.length !== 2 || cmd.redirects.length) continue;
        const word = cmd.argv[1];
        // a glob or an unquoted expansion may become several files; an option changes the output
        const multi = word.parts.some((p) => !p.quoted && p.kind !== 'lit' && p.kind !== 'sq' && p.kind !== 'dq' && p.kind !== 'ansi');
        if (multi || word.value.startsWith('-')) continue;
        ctx.report({
          span: commandSpan(model, run.embedded, cmd),
          message: `Useless cat: give ${word.raw} to the next command directly (cmd < ${word.raw}) instead of piping it through cat.`,
        });
      }
    }
  },
};
