import type { Instruction } from '../../model/types';
import { appendCommand, Changes, commandsOf, editableScript, styleOf, wholeLines } from '../edit';
import { cleanupTool, safeToAppend, toolOf } from '../facts';
import type { Pass } from '../types';

export const pass: Pass = {
  id: 'move-cleanup-into-layer',
  title: 'Move clean-ups into the layer that made the files',
  risk: 'safe',
  lesson: 'layers',
  resolves: [],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    const used = new Set<Instruction>();
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 1; i < list.length; i++) {
        const ins = list[i];
        const s = editableScript(model, ins);
        if (!s || ins.flags.length) continue;
        const cmds = commandsOf(s);
        const tools = new Set(cmds.map(cleanupTool));
        if (!cmds.length || tools.has(null) || tools.size !== 1) continue;
        const tool = [...tools][0]!;
        // the nearest earlier RUN in the stage that ran the tool made the files
        let target: Instruction | null = null;
        for (let j = i - 1; j >= 0; j--) {
          const t = editableScript(model, list[j]);
          if (t && commandsOf(t).some((c) => toolOf(c) === tool || (tool === 'apt' && c.base === 'apt-get'))) {
            target = list[j];
            break;
          }
        }
        if (!target || used.has(target)) continue;
        const ts = editableScript(model, target)!;
        if (!safeToAppend(ts)) continue;
        const text = s.script.source.trim();
        if (text.includes('\n') || text.includes('#')) continue;
        used.add(target);
        const del = wholeLines(model, ins.span.startOffset, ins.span.endOffset);
        changes.add(
          `Move the clean-up into line ${target.span.start.line}`,
          `A clean-up in its own RUN only hides the files: they still ship in the layer that created them. Run in that same RUN, the files never reach a layer.`,
          [appendCommand(style, ts, text), { start: del.start, end: del.end, text: '' }],
        );
      }
    }
    return changes.output();
  },
};
