/** Stage references of COPY --from / RUN --mount from= (DL3022, DL3023, DL3026). */
import type { DockerfileModel, Instruction } from '../../model/types';
import { unquote } from './_run-commands';

/** The --from value of a COPY (quotes removed), or null. */
export function copyFrom(ins: Instruction): string | null {
  const f = ins.flags.find((x) => x.name === 'from');
  return f && f.value ? unquote(f.value) : null;
}

/** True when `ref` names a stage defined before `stageIndex` (by alias, case-insensitive). */
export function isEarlierAlias(model: DockerfileModel, ref: string, stageIndex: number, includeCurrent: boolean): boolean {
  const r = ref.toLowerCase();
  const last = includeCurrent ? stageIndex : stageIndex - 1;
  return model.stages.some((s) => s.index <= last && s.name !== null && s.name.toLowerCase() === r);
}
