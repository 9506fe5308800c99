import type { DockerfileModel, Instruction } from '../../model/types';

/** Every instruction of `keyword` after the first one in the same stage (counting resets at FROM). */
export function* repeatedInStage(model: DockerfileModel, keyword: string): Generator<Instruction> {
  let seen = false;
  for (const ins of model.instructions) {
    if (ins.keyword === 'FROM') seen = false;
    else if (ins.keyword === keyword) {
      if (seen) yield ins;
      seen = true;
    }
  }
}
