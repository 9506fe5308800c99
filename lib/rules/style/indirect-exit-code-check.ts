import type { Rule } from '../types';
import { commandSpan, scriptSpan } from '../helpers';
import { runScripts, walkTree } from '../correctness/_shellcheck';

const OPS = new Set(['-eq', '-ne', '=', '==', '!=']);
const STATUS = /^"?\$\{?\?\}?"?$/;
const ZERO = /^"?0"?$/;
/** `$? -ne 0` / `0 != $?` inside [[ ]] or (( )) text */
const INLINE = /(?:\$\{?\?\}?"?\s*(?:-eq|-ne|==|!=|=)\s*"?0(?![0-9]))|(?:(?<![0-9])0"?\s*(?:-eq|-ne|==|!=|=)\s*"?\$\{?\?)/;

/** ShellCheck SC2181: testing `$?` against 0 instead of testing the command itself. */
export const rule: Rule = {
  id: 'indirect-exit-code-check',
  title: 'Exit code tested through $?',
  category: 'style',
  severity: 'style',
  aliases: ['SC2181'],
  lesson: 'layers',
  explanation:
    'Comparing $? with 0 in a separate test is a roundabout way to ask whether the previous command worked, and it breaks as soon as someone adds a line in between. Test the command directly: if cmd; then ..., or cmd || ....',
  examples: {
    bad: 'FROM debian:12\nRUN make; if [ $? -ne 0 ]; then cat build.log; exit 1; fi',
    good: 'FROM debian:12\nRUN if ! make; then cat build.log; exit 1; fi',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const { node } of walkTree(run.embedded.script.root)) {
        if (node.type === 'test' || node.type === 'arith') {
          if (INLINE.test(node.raw)) ctx.report({ span: scriptSpan(model, run.embedded, node.start, node.end) });
          continue;
        }
        if (node.type !== 'command') continue;
        const cmd = node.command;
        if (cmd.base !== '[' && cmd.base !== 'test') continue;
        const raws = cmd.argv.slice(1).map((w) => w.raw).filter((r) => r !== ']');
        if (raws.length !== 3 || !OPS.has(raws[1])) continue;
        if ((STATUS.test(raws[0]) && ZERO.test(raws[2])) || (ZERO.test(raws[0]) && STATUS.test(raws[2]))) {
          ctx.report({
            span: commandSpan(model, run.embedded, cmd),
            message: 'Test the command itself (if cmd; then ... / cmd || ...) instead of comparing $? with 0 afterwards.',
          });
        }
      }
    }
  },
};
