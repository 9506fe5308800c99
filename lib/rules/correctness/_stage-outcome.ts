/**
 * hadolint's view of "does this stage end up with X" for whole-image properties (a required label,
 * a HEALTHCHECK): a stage has it when it or a stage it builds on sets it, and a stage that only feeds
 * later stages (FROM <stage>, COPY --from=<stage>) is also fine when one of those later stages has it.
 */
import type { DockerfileModel, Stage } from '../../model/types';

/** For each stage index, the later stages that build on it or copy from it. */
function consumers(model: DockerfileModel): Map<number, number[]> {
  const byName = new Map<string, number>();
  const out = new Map<number, number[]>();
  const add = (from: number, by: number) => {
    if (from === by) return;
    const list = out.get(from) ?? [];
    if (!list.includes(by)) list.push(by);
    out.set(from, list);
  };
  for (const stage of model.stages) {
    if (stage.baseStage !== null) add(stage.baseStage, stage.index);
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'COPY') continue;
      const ref = ins.flags.find((f) => f.name === 'from')?.value;
      if (!ref) continue;
      const target = /^\d+$/.test(ref) ? Number(ref) : byName.get(ref.toLowerCase());
      if (target !== undefined && target < stage.index) add(target, stage.index);
    }
    if (stage.name) byName.set(stage.name.toLowerCase(), stage.index);
  }
  return out;
}

/**
 * The stages that do not end up with the property: `has(stage)` says whether the stage itself sets it.
 * Consumers always come later in the file, so one backwards pass settles every stage.
 */
export function stagesLacking(model: DockerfileModel, has: (stage: Stage) => boolean): Stage[] {
  const users = consumers(model);
  const ok = new Array<boolean>(model.stages.length).fill(false);
  const inherited = (stage: Stage): boolean => {
    for (let s: Stage | undefined = stage, n = 0; s && n < 64; s = s.baseStage !== null ? model.stages[s.baseStage] : undefined, n++) {
      if (has(s)) return true;
    }
    return false;
  };
  for (let i = model.stages.length - 1; i >= 0; i--) {
    const stage = model.stages[i];
    ok[i] = inherited(stage) || (users.get(i) ?? []).some((u) => ok[u]);
  }
  return model.stages.filter((s) => !ok[s.index]);
}
