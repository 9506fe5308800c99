import type { Stage } from '../../model/types';
import type { Rule } from '../types';
import { intendedExecForm } from '../../model/intended-exec-form';

export const rule: Rule = {
  id: 'json-args-for-cmd-entrypoint',
  title: 'CMD or ENTRYPOINT in shell form',
  category: 'correctness',
  severity: 'warning',
  aliases: ['JSONArgsRecommended'],
  lesson: 'layers',
  explanation:
    'In shell form, CMD and ENTRYPOINT run under `/bin/sh -c`, so the shell, not your program, is process 1: `docker stop` sends SIGTERM to the shell, the program never sees it and is killed after the timeout. The JSON form (`["prog", "arg"]`) runs the program directly. A stage that sets its own SHELL has chosen the shell on purpose and is left alone. A list that only looks like JSON (`[\'python\', \'app.py\']`, `[crond, -f]`) is not: Docker runs it through the shell as a command named `[\'python\',`, so the container cannot start; the finding gives the list it meant.',
  examples: {
    bad: 'FROM node:22\nCMD node server.js',
    good: 'FROM node:22\nCMD ["node", "server.js"]',
  },
  check(ctx) {
    const model = ctx.model;
    const shellSet = new Map<number, boolean>();
    const stageSetsShell = (stage: Stage, before: number): boolean => {
      if (stage.instructions.some((i) => i.keyword === 'SHELL' && i.index < before)) return true;
      if (stage.baseStage === null) return false;
      const base = model.stages[stage.baseStage];
      let v = shellSet.get(base.index);
      if (v === undefined) shellSet.set(base.index, (v = stageSetsShell(base, Infinity)));
      return v;
    };
    const entrypointIn = (stage: Stage): boolean =>
      stage.instructions.some((i) => i.keyword === 'ENTRYPOINT') || (stage.baseStage !== null && entrypointIn(model.stages[stage.baseStage]));
    for (const stage of model.stages) {
      for (const ins of stage.instructions) {
        if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.form !== 'shell') continue;
        const meant = intendedExecForm(ins);
        if (meant && ins.argsSpan) {
          const json = '[' + meant.map((w) => JSON.stringify(w)).join(', ') + ']';
          ctx.report({
            span: ins.span,
            message: `${ins.keyword} ${ins.argsText.trim()} is not valid JSON (every item needs double quotes), so Docker runs it through /bin/sh and the container cannot start: write ${ins.keyword} ${json}.`,
            fix: { title: `Use the JSON form ${json}`, edits: [{ start: ins.argsSpan.startOffset, end: ins.argsSpan.endOffset, text: json }] },
          });
          continue;
        }
        if (stageSetsShell(stage, ins.index)) continue;
        const words = ins.words.map((w) => w.value);
        // JSON form is only offered when it is a plain word list with nothing for a shell to do
        // ENTRYPOINT in JSON form starts appending CMD to its arguments, so only CMD is rewritten,
        // and only when no ENTRYPOINT in this stage chain would receive it as arguments
        const plain = ins.keyword === 'CMD' && !entrypointIn(stage) && ins.words.length > 0 && !ins.heredocs.length && ins.words.every((w) => w.raw === w.value && /^[A-Za-z0-9_./:=@%+,-]+$/.test(w.raw));
        const json = '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
        ctx.report({
          span: ins.span,
          message: `${ins.keyword} in shell form runs under /bin/sh, which does not pass on stop signals: write ${ins.keyword} ${plain ? json : '["executable", "arg", ...]'}.`,
          fix: plain && ins.argsSpan
            ? { title: `Use the JSON form ${json}`, edits: [{ start: ins.argsSpan.startOffset, end: ins.argsSpan.endOffset, text: json }] }
            : undefined,
        });
      }
    }
  },
};
