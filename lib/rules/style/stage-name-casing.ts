import type { DockerfileModel, Stage } from '../../model/types';
import type { TextEdit } from '../../types';
import type { Rule } from '../types';

/**
 * Lowercases the name and every reference to it. Docker already matches stage names without
 * regard to case, so each edit on its own keeps the build the same.
 */
function renameEdits(model: DockerfileModel, stage: Stage): TextEdit[] {
  const name = stage.name!;
  const lower = name.toLowerCase();
  const edits: TextEdit[] = [{ start: stage.nameSpan!.startOffset, end: stage.nameSpan!.endOffset, text: lower }];
  const same = (v: string | null | undefined) => !!v && v.toLowerCase() === lower;
  for (const ins of model.instructions) {
    const target = ins.trigger ?? ins;
    if (ins.keyword === 'FROM' && same(ins.words[0]?.value) && ins.words[0].raw === ins.words[0].value) {
      edits.push({ start: ins.words[0].span.startOffset, end: ins.words[0].span.endOffset, text: lower });
    }
    for (const f of target.flags) {
      const raw = model.text.slice(f.span.startOffset, f.span.endOffset);
      const key = f.name.toLowerCase();
      if (key === 'from' && same(f.value) && raw.endsWith('=' + f.value)) {
        edits.push({ start: f.span.endOffset - f.value!.length, end: f.span.endOffset, text: lower });
      } else if (key === 'mount') {
        const m = /(?:^|[=,])from=([^,\s"']+)/.exec(raw);
        if (m && same(m[1])) {
          const at = f.span.startOffset + m.index + m[0].length - m[1].length;
          edits.push({ start: at, end: at + m[1].length, text: lower });
        }
      }
    }
  }
  return edits;
}

export const rule: Rule = {
  id: 'stage-name-casing',
  title: 'Stage name is not lowercase',
  category: 'style',
  severity: 'warning',
  aliases: ['StageNameCasing'],
  lesson: 'multi-stage',
  explanation:
    'Docker lowercases stage names when it reads them, so `AS Builder` and `--from=builder` name the same stage. Writing them in lowercase everywhere keeps references obviously consistent.',
  examples: {
    bad: 'FROM node:22 AS Build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=Build /app /usr/share/nginx/html',
    good: 'FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameSpan || stage.name === stage.name.toLowerCase()) continue;
      ctx.report({
        span: stage.from.span,
        message: `Stage name '${stage.name}' should be lowercase: write '${stage.name.toLowerCase()}'.`,
        fix: { title: `Rename the stage to '${stage.name.toLowerCase()}'`, edits: renameEdits(ctx.model, stage) },
      });
    }
  },
};
