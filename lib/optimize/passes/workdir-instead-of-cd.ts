import type { Instruction, Stage } from '../../model/types';
import { Changes, editableScript, kw, styleOf, wholeLines } from '../edit';
import type { Pass } from '../types';

const CWD_USERS = new Set(['RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD']);

/** The working directory just before `ins` when it is known from WORKDIRs in the stage (null: unknown). */
function workdirBefore(stage: Stage, ins: Instruction): string | null {
  let dir: string | null = null;
  for (const other of stage.instructions) {
    if (other === ins) break;
    if (other.keyword !== 'WORKDIR' || other.words.length !== 1) continue;
    const v = other.words[0].value;
    if (v.includes('$')) dir = null;
    else if (v.startsWith('/')) dir = v;
    else dir = dir === null ? null : dir.replace(/\/$/, '') + '/' + v;
  }
  return dir;
}

/** True when something after `ins` in the stage (or the image config) depends on the working directory. */
function laterNeedsCwd(stage: Stage, ins: Instruction): boolean {
  for (const other of stage.instructions) {
    if (other.index <= ins.index) continue;
    if (other.keyword === 'WORKDIR') return !(other.words[0]?.value ?? '').startsWith('/');
    if (CWD_USERS.has(other.keyword)) return true;
  }
  return true; // the image's working directory is part of its config
}

export const pass: Pass = {
  id: 'workdir-instead-of-cd',
  title: 'WORKDIR instead of cd',
  risk: 'safe',
  lesson: 'layers',
  resolves: ['DL3003'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const stage of model.stages) {
      for (const ins of stage.instructions) {
        const s = editableScript(model, ins);
        if (!s) continue;
        const cmds = s.script.commands;
        if (cmds.length < 2) continue;
        const cd = cmds[0];
        if (cd.base !== 'cd' || cd.context.length || cd.nextOperator !== '&&' || cd.argv.length !== 2) continue;
        const dir = cd.argv[1];
        if (!dir.literal || dir.value === '-' || dir.value.startsWith('~') || dir.value === '' || /\s/.test(dir.value)) continue;
        // the rest must run entirely in that directory: nothing before `cd`, and `cd` at the top
        if (s.script.root?.type !== 'list') continue;
        const next = cmds.find((c) => c.start > cd.end && c.context.length === 0);
        if (!next) continue;
        const prev = workdirBefore(stage, ins);
        const restore = laterNeedsCwd(stage, ins);
        if (restore && prev === null) continue;
        if (!dir.value.startsWith('/') && prev === null) continue;
        const cdStart = s.offsets[cd.start];
        const restStart = s.offsets[next.start];
        const line = wholeLines(model, ins.span.startOffset, ins.span.startOffset);
        const indent = /^[ \t]*/.exec(model.text.slice(line.start, ins.span.startOffset))![0];
        const edits = [
          { start: ins.span.startOffset, end: ins.span.startOffset, text: `${kw(style, 'WORKDIR')} ${dir.value}${style.eol}${indent}` },
          { start: cdStart, end: restStart, text: '' },
        ];
        if (restore) edits.push({ start: ins.span.endOffset, end: ins.span.endOffset, text: `${style.eol}${indent}${kw(style, 'WORKDIR')} ${prev}` });
        changes.add(
          `WORKDIR ${dir.value} instead of cd`,
          `\`cd\` inside a RUN only lasts for that RUN and hides where the commands run; WORKDIR says it once and is what later readers look for.` +
            (restore ? ` The working directory is set back to ${prev} afterwards, so later instructions are unchanged.` : '') +
            ' Unlike cd, WORKDIR creates the directory when it is missing.',
          edits,
        );
      }
    }
    return changes.output();
  },
};
