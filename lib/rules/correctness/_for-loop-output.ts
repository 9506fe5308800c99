import type { RuleContext } from '../types';
import { scriptSpan } from '../helpers';
import { commandsWithin, forLoops, runScripts } from './_shellcheck';

/** ShellCheck SC2044/SC2045: `for x in $(find ...)` / `for x in $(ls ...)` (the only word, one command inside). */
export function checkForOverOutput(ctx: RuleContext, command: 'find' | 'ls', message: string): void {
  const { model } = ctx;
  for (const run of runScripts(model)) {
    for (const loop of forLoops(run.embedded.script.root)) {
      const words = loop.words ?? [];
      if (words.length !== 1 || words[0].parts.length !== 1) continue;
      const part = words[0].parts[0];
      if (part.kind !== 'cmdsubst' || part.quoted || !(part.raw.startsWith('$(') || part.raw.startsWith('`'))) continue;
      const inner = commandsWithin(run.embedded, part.start, part.end);
      if (inner.length !== 1 || inner[0].name !== command) continue;
      ctx.report({ span: scriptSpan(model, run.embedded, part.start, part.end), message });
    }
  }
}
