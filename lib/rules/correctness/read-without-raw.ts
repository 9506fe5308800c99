import type { Rule } from '../types';
import { commandSpan } from '../helpers';
import { runScripts } from './_shellcheck';

/** ShellCheck SC2162: `read` without -r treats backslashes as escapes. */
export const rule: Rule = {
  id: 'read-without-raw',
  title: 'read without -r',
  category: 'correctness',
  severity: 'info',
  aliases: ['SC2162'],
  lesson: 'layers',
  explanation:
    'Without -r, read treats a backslash as an escape: it drops backslashes from the line and joins lines that end with one. Paths and patterns read from a file change silently. read -r keeps the line as it is.',
  examples: {
    bad: 'FROM debian:12\nCOPY list.txt /tmp/\nRUN while read line; do echo "$line"; done < /tmp/list.txt',
    good: 'FROM debian:12\nCOPY list.txt /tmp/\nRUN while read -r line; do echo "$line"; done < /tmp/list.txt',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const cmd of run.embedded.script.commands) {
        if (cmd.name !== 'read') continue;
        let raw = false;
        for (let i = 0; i < cmd.args.length; i++) {
          const a = cmd.args[i];
          if (a === '--' || !a.startsWith('-') || a === '-') break;
          if (/^-[A-Za-z]*r/.test(a)) raw = true;
          // options whose value is the next word
          if (/^-[A-Za-z]*[ptnNdua]$/.test(a)) i++;
        }
        if (raw) continue;
        const span = commandSpan(model, run.embedded, cmd);
        const nameEnd = run.embedded.offsets[cmd.argv[0].end - 1] + 1;
        ctx.report({
          span,
          message: 'read without -r mangles backslashes in the input: use read -r.',
          fix: { title: 'Add -r', edits: [{ start: nameEnd, end: nameEnd, text: ' -r' }] },
        });
      }
    }
  },
};
