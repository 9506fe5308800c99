import type { DockerfileModel, Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { Changes, commandsOf, editableScript, scriptEnd, styleOf } from '../edit';
import { cleanupTool, isInstall, isUpdate, managerOf, safeToAppend } from '../facts';
import type { Pass } from '../types';

function commands(model: DockerfileModel, ins: Instruction): ShellCommand[] | null {
  const s = editableScript(model, ins);
  return s ? commandsOf(s) : null;
}

/** Why `b` belongs in the same layer as `a`, or null when they are better left apart. */
export function belongsTogether(a: ShellCommand[], b: ShellCommand[]): string | null {
  if (!a.length || !b.length) return null;
  if (b.every((c) => cleanupTool(c) !== null)) {
    return 'the second RUN only deletes files; in its own layer the files still ship in the layer below, so the deletion saves nothing';
  }
  const managers = new Set<string | null>(a.map(managerOf).filter((m) => m !== null));
  if (a.every((c) => isUpdate(c)) && b.some((c) => isInstall(c))) {
    return 'a package index update in its own layer is cached forever, so later installs can use a stale index and the index files stay in the image';
  }
  if (a.some((c) => isInstall(c)) && b.every((c) => managers.has(managerOf(c)) || cleanupTool(c) !== null)) {
    return 'both RUNs install system packages with the same tool; one layer downloads the index once and can clean up after both';
  }
  return null;
}

export const pass: Pass = {
  id: 'merge-related-runs',
  title: 'Merge RUNs that belong together',
  risk: 'safe',
  lesson: 'layers',
  resolves: [],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 0; i + 1 < list.length; i++) {
        const first = list[i];
        const firstScript = editableScript(model, first);
        if (!firstScript || !safeToAppend(firstScript)) continue;
        let head = commands(model, first)!;
        const edits = [];
        const reasons = new Set<string>();
        let j = i + 1;
        let prevScript = firstScript;
        for (; j < list.length; j++) {
          const next = list[j];
          const nextScript = editableScript(model, next);
          if (!nextScript || next.flags.length || first.flags.length !== next.flags.length) break;
          const nextCmds = commandsOf(nextScript);
          // after `&&`, a `;` or `||` in the next script would run on when the first part failed, and hide its exit status
          if (nextScript.script.commands.some((c) => c.context.length === 0 && (c.nextOperator === ';' || c.nextOperator === '||'))) break;
          const why = belongsTogether(head, nextCmds);
          if (!why) break;
          reasons.add(why);
          const from = scriptEnd(prevScript);
          const to = nextScript.offsets[0];
          const between = model.comments.filter((c) => c.span.startOffset >= from && c.span.startOffset < to);
          const lines = between.map((c) => `${style.eol}${style.indent}${model.lines[c.span.start.line - 1].trim()}`).join('');
          const text = style.leadingOps
            ? ` ${style.escape}${lines}${style.eol}${style.indent}&& `
            : ` && ${style.escape}${lines}${style.eol}${style.indent}`;
          edits.push({ start: from, end: to, text });
          head = [...head, ...nextCmds];
          prevScript = nextScript;
          if (!safeToAppend(nextScript)) {
            j++;
            break;
          }
        }
        if (!edits.length) continue;
        const last = list[j - 1];
        changes.add(
          `Merge the RUNs on lines ${first.span.start.line}-${last.span.start.line}`,
          `Each RUN is a layer; ${[...reasons].join('; ')}.`,
          edits,
        );
        i = j - 1;
      }
    }
    return changes.output();
  },
};
