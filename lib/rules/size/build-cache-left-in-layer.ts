import type { Rule } from '../types';
import { runSites } from '../correctness/_run-scan';
import { cacheMountTargets } from '../cache/_cache-mount';
import { CACHES } from './_caches';
import { shippedStages } from './_stages';

/** Caches other rules already cover with hadolint's semantics (DL3009, DL3019, DL3032/DL3040, DL3042, DL3060). */
const COVERED_ELSEWHERE = new Set(['apt-lists', 'apt-archives', 'apk', 'rpm', 'pip']);
const KINDS = CACHES.filter((k) => !COVERED_ELSEWHERE.has(k.id));

export const rule: Rule = {
  id: 'build-cache-left-in-layer',
  title: 'Build tool cache left in the image',
  category: 'size',
  severity: 'info',
  aliases: [],
  lesson: 'layers',
  explanation:
    'npm, Go, Maven, Gradle, Cargo, uv, Poetry and Composer keep a copy of everything they download in a cache directory. Left in the final image, the cache is pure dead weight next to the installed result. Clean it in the same RUN, use a BuildKit cache mount, or do the build in an earlier stage.',
  examples: {
    bad: 'FROM node:22-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev',
    good: 'FROM node:22-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev && npm cache clean --force',
  },
  check(ctx) {
    const { model } = ctx;
    const shipped = shippedStages(model);
    for (const site of runSites(model)) {
      if (site.onbuild || !shipped.has(site.run.stageIndex)) continue;
      const mounts = cacheMountTargets(site.run);
      for (const kind of KINDS) {
        if (!site.commands.some(({ cmd }) => kind.fills(cmd))) continue;
        if (site.commands.some(({ cmd }) => kind.cleans(cmd))) continue;
        if (mounts.some((t) => kind.mountPaths.some((p) => t.includes(p)))) continue;
        ctx.report({
          span: site.ins.span,
          message: `${kind.what} stays in this layer of the final image (${kind.cost}): clean it in the same RUN, mount it with --mount=type=cache, or build in an earlier stage.`,
        });
      }
    }
  },
};
