import type { Rule } from '../types';
import { operandPaths, shippedTimeline, within, type Copied } from './_copied-paths';

/** Sources worth reporting: directories, the whole context, archives and packages (not single small files). */
function bulky(c: Copied): boolean {
  return c.sources.some(
    (s) => s === '.' || s === './' || s.endsWith('/') || /^https?:\/\//.test(s) || /\.(?:tar|tgz|tar\.\w+|zip|deb|rpm|whl|jar|war|run|bin|iso|gz|xz|bz2|7z|apk)$/i.test(s) || !/\.[A-Za-z0-9]+$/.test(s.split('/').pop() ?? ''),
  );
}

export const rule: Rule = {
  id: 'file-removed-in-later-layer',
  title: 'Copied files deleted in a later layer',
  category: 'size',
  severity: 'warning',
  aliases: [],
  lesson: 'layers',
  explanation:
    'A file that COPY or ADD put into the image stays in that layer for good; deleting it in a later RUN only hides it, and every pull still downloads it. Leave such files out of the copy (.dockerignore, a narrower COPY), or fetch, use and delete them inside one RUN, or use them in a build stage only.',
  examples: {
    bad: 'FROM debian:12-slim\nCOPY tool.tar.gz /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz',
    good: 'FROM debian:12-slim\nRUN --mount=type=bind,source=tool.tar.gz,target=/tmp/tool.tar.gz tar -xzf /tmp/tool.tar.gz -C /opt',
  },
  check(ctx) {
    const { model } = ctx;
    const { copies, runs, order } = shippedTimeline(model);
    for (const { site, workdir } of runs) {
      const at = order.get(site.run) ?? 0;
      for (const { cmd } of site.commands) {
        if (cmd.base !== 'rm') continue;
        // `rm -rf /src/vendor/*` empties the copied directory: compare without the trailing glob
        const targets = operandPaths(cmd, workdir).map((t) => t.replace(/\/\*$/, '')).filter((t) => t !== '/' && t !== '');
        const hit = copies.find((c) => (order.get(c.ins) ?? 0) < at && bulky(c) && targets.some((t) => within(t, c.dest)));
        if (!hit) continue;
        ctx.report({
          span: site.ins.span,
          message: `rm here does not shrink the image: the ${hit.ins.keyword} on line ${hit.ins.span.start.line} already stored these files in its own layer (wasted space, as large as what it copied). Leave them out of the ${hit.ins.keyword}, or copy, use and delete them in one RUN (e.g. RUN --mount=type=bind).`,
        });
        break;
      }
    }
  },
};
