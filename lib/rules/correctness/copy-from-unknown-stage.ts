import type { Rule } from '../types';
import { copyFrom, isEarlierAlias } from './_stages';

export const rule: Rule = {
  id: 'copy-from-unknown-stage',
  title: 'COPY --from names no earlier stage',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3022'],
  lesson: 'multi-stage',
  explanation:
    'COPY --from=name copies from the stage called name, but only a stage defined earlier in the file can be used. A name that matches no earlier stage is treated as an image to pull from a registry, which is almost always a typo or a stage defined too late, and the build fails or copies from the wrong place.',
  examples: {
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian13\nCOPY --from=builder /app /app',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian13\nCOPY --from=build /app /app',
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of model.instructions) {
      if (ins.keyword !== 'COPY') continue;
      const ref = copyFrom(ins);
      // external images (name:tag, registry/path, digests) and variables are out of scope
      if (!ref || /[:/@$]/.test(ref)) continue;
      if (isEarlierAlias(model, ref, ins.stageIndex, true)) continue;
      if (/^\d+$/.test(ref) && Number(ref) <= ins.stageIndex) continue;
      ctx.report({ span: ins.span, message: `No stage named ${ref} is defined before this COPY: use the name (AS ...) or index of an earlier stage.` });
    }
  },
};
