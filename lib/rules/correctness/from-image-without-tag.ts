import type { Rule } from '../types';
import { parseImageRef } from '../../model/image-ref';

export const rule: Rule = {
  id: 'from-image-without-tag',
  title: 'FROM image without a tag',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3006'],
  lesson: 'minimal-base',
  explanation:
    'An image without a tag means :latest, which moves whenever the publisher pushes a new release: the same Dockerfile silently builds on a different operating system or runtime from one day to the next. Name the version you tested with (python:3.12-slim), or a digest.',
  examples: {
    bad: 'FROM debian\nRUN echo hello',
    good: 'FROM debian:12-slim\nRUN echo hello',
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const raw = stage.image.raw;
      if (!raw || raw.startsWith('$') || stage.isScratch || raw.toLowerCase() === 'scratch') continue;
      // a FROM naming an earlier stage needs no tag
      if (stage.baseStage !== null) continue;
      const earlier = model.stages.slice(0, stage.index).some((s) => s.name !== null && s.name.toLowerCase() === raw.toLowerCase());
      if (earlier) continue;
      const ref = parseImageRef(raw, raw, false);
      if (ref.tag || ref.digest) continue;
      ctx.report({ span: stage.from.span, message: `${raw} has no tag, so it means ${raw}:latest and changes whenever upstream pushes: pin a version tag.` });
    }
  },
};
