import type { Rule } from '../types';
import type { ShellNode } from '../../shell/types';
import { commandSpan, scriptSpan } from '../helpers';
import { hasSetE, runScripts, walkTree } from './_shellcheck';

/** True when the node's exit status is tested: left of && / ||, or an if/while/until condition. */
function isCondition(node: ShellNode, parents: ShellNode[]): boolean {
  let child = node;
  for (const parent of parents) {
    if (parent.type === 'list') {
      const item = parent.items.find((i) => i.node === child);
      if (item && (item.op === '&&' || item.op === '||')) return true;
    } else if (parent.type === 'if') {
      if (parent.clauses.some((c) => c.condition === child)) return true;
    } else if (parent.type === 'while' || parent.type === 'until') {
      if (parent.condition === child) return true;
    } else if (parent.type === 'pipeline' && parent.negated) return true;
    child = parent;
  }
  return false;
}

/**
 * ShellCheck SC2164: a `cd` whose failure nobody checks lets the following commands run in the
 * wrong directory. As in ShellCheck, `cd x && ...`, `cd x || exit`, `if cd x`, `cd ..` and
 * scripts that `set -e` are fine.
 */
export const rule: Rule = {
  id: 'cd-without-failure-guard',
  title: 'cd without a check that it worked',
  category: 'correctness',
  severity: 'warning',
  aliases: ['SC2164'],
  lesson: 'layers',
  explanation:
    'When cd fails (a typo, a directory that a previous step did not create), the shell carries on in the directory it was in, and the next commands unpack, build or delete files in the wrong place. Chain the next command with && or add || exit so the build stops instead.',
  examples: {
    bad: 'FROM debian:12\nRUN cd /usr/src/app; make install',
    good: 'FROM debian:12\nRUN cd /usr/src/app && make install',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      if (hasSetE(run.embedded)) continue;
      for (const { node, parents } of walkTree(run.embedded.script.root)) {
        if (node.type !== 'command') continue;
        const cmd = node.command;
        if (!['cd', 'pushd', 'popd'].includes(cmd.name)) continue;
        if (cmd.base !== 'cd' && cmd.args.includes('-n')) continue;
        if (cmd.args.length === 1 && cmd.args[0] === '..') continue;
        if (isCondition(node, parents)) continue;
        const span = commandSpan(model, run.embedded, cmd);
        const alone = cmd.pipeline.length === 1 && !cmd.context.includes('cmdsubst');
        ctx.report({
          span,
          message: `If ${cmd.name} fails, the next commands run in the wrong directory: write '${cmd.name} ... || exit' or chain the next command with &&.`,
          fix: alone
            ? { title: 'Add || exit', edits: [{ start: scriptSpan(model, run.embedded, cmd.end - 1, cmd.end).endOffset, end: scriptSpan(model, run.embedded, cmd.end - 1, cmd.end).endOffset, text: ' || exit' }] }
            : undefined,
        });
      }
    }
  },
};
