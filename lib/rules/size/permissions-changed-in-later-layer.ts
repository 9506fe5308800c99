import type { Rule } from '../types';
import { hasFlag } from '../../shell/query';
import { copyMayWrite, operandPaths, shippedTimeline } from './_copied-paths';

export const rule: Rule = {
  id: 'permissions-changed-in-later-layer',
  title: 'chown/chmod of copied files in a later layer',
  category: 'size',
  severity: 'warning',
  aliases: [],
  lesson: 'layers',
  explanation:
    'Changing the owner or mode of a file counts as changing the file, so a RUN chown -R or chmod -R after a COPY stores a second full copy of every file it touches in a new layer. The image carries those bytes twice. COPY --chown=user:group and COPY --chmod=755 set them while copying, in one layer.',
  examples: {
    bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nUSER node',
    good: 'FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node',
  },
  check(ctx) {
    const { model } = ctx;
    const { copies, runs, order } = shippedTimeline(model);
    for (const { site, workdir } of runs) {
      const at = order.get(site.run) ?? 0;
      for (const { cmd } of site.commands) {
        if (cmd.base !== 'chown' && cmd.base !== 'chmod' && cmd.base !== 'chgrp') continue;
        const recursive = hasFlag(cmd, '-R', '--recursive');
        const targets = operandPaths(cmd, workdir, 1).filter((t) => t !== '/');
        // the latest COPY/ADD before this RUN that may have put files where the command points; one that already
        // sets the owner (or mode) while copying has taken the advice, so a repeated chown is not blamed on it
        const flagName = cmd.base === 'chmod' ? 'chmod' : 'chown';
        const hit = copies.findLast(
          (c) =>
            (order.get(c.ins) ?? 0) < at &&
            !c.ins.flags.some((f) => f.name === flagName) &&
            targets.some((t) => copyMayWrite(c, t, recursive)),
        );
        if (!hit) continue;
        const flag = cmd.base === 'chmod' ? `--chmod=${cmd.args.find((a) => !a.startsWith('-')) ?? '<mode>'}` : `--chown=${cmd.args.find((a) => !a.startsWith('-')) ?? '<user>'}`;
        ctx.report({
          span: site.ins.span,
          message: `${cmd.base} rewrites files that the ${hit.ins.keyword} on line ${hit.ins.span.start.line} already stored, so the image holds them twice (as much again as that ${hit.ins.keyword}): set them while copying with ${hit.ins.keyword} ${flag}.`,
        });
        break;
      }
    }
  },
};
