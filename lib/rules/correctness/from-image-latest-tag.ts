import type { Rule } from '../types';
import { parseImageRef } from '../../model/image-ref';

export const rule: Rule = {
  id: 'from-image-latest-tag',
  title: 'FROM image with the latest tag',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3007', 'CKV_DOCKER_7', 'AVD-DS-0001', 'DS001'],
  lesson: 'minimal-base',
  explanation:
    'The latest tag is just a pointer that the publisher moves to each new release, so builds on different days start from different images and an upgrade can break yours without any change to the Dockerfile. Pin the release you tested with (or a digest).',
  examples: {
    bad: 'FROM debian:latest\nRUN echo hello',
    good: 'FROM debian:12-slim\nRUN echo hello',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const raw = stage.image.raw;
      const ref = parseImageRef(raw, raw, false);
      if (ref.tag !== 'latest' || ref.digest) continue;
      ctx.report({ span: stage.from.span, message: `${raw} follows whatever release upstream tags latest next: pin a version tag.` });
    }
  },
};
