import type { Instruction, Stage } from '../../model/types';
import type { Rule } from '../types';

function isAbsolute(path: string): boolean {
  // POSIX paths, and Windows drive or UNC paths for Windows images
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\');
}

export const rule: Rule = {
  id: 'relative-workdir-without-base',
  title: 'Relative WORKDIR before any absolute one',
  category: 'correctness',
  severity: 'warning',
  aliases: ['WorkdirRelativePath'],
  lesson: 'layers',
  explanation:
    "A relative WORKDIR is resolved against the base image's working directory, which the Dockerfile does not control: when the base image changes its WORKDIR, files land elsewhere. Set an absolute WORKDIR first (in this stage or the stage it builds on); relative ones after it are fine.",
  examples: {
    bad: 'FROM node:22\nWORKDIR app\nCOPY . .',
    good: 'FROM node:22\nWORKDIR /app\nCOPY . .',
  },
  check(ctx) {
    const model = ctx.model;
    const hasAbsolute = new Map<number, boolean>();
    const absoluteIn = (list: Instruction[]) => list.some((i) => i.keyword === 'WORKDIR' && isAbsolute(i.words[0]?.value ?? ''));
    const inherited = (stage: Stage): boolean => {
      if (stage.baseStage === null) return false;
      const base = model.stages[stage.baseStage];
      let v = hasAbsolute.get(base.index);
      if (v === undefined) {
        v = absoluteIn(base.instructions) || inherited(base);
        hasAbsolute.set(base.index, v);
      }
      return v;
    };
    for (const stage of model.stages) {
      let absolute = inherited(stage);
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'WORKDIR') continue;
        const path = ins.words[0]?.value ?? '';
        if (isAbsolute(path)) {
          absolute = true;
          continue;
        }
        // a path starting with a variable may well expand to an absolute one
        if (absolute || path === '' || path.startsWith('$')) continue;
        ctx.report({
          span: ins.span,
          message: `Relative WORKDIR "${path}" depends on the base image's working directory: set an absolute WORKDIR (e.g. /${path.replace(/^\.\//, '')}) first.`,
        });
      }
    }
  },
};
