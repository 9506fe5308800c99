import type { Rule } from '../types';
import { operandPaths, shippedTimeline, within } from './_copied-paths';
import { joinPath } from './_stages';

const USES = new Set(['tar', 'unzip', 'bsdtar', '7z', 'gunzip', 'xz', 'dpkg', 'rpm', 'apt-get', 'apt', 'yum', 'dnf', 'pip', 'pip3', 'sh', 'bash']);
/** ADD unpacks local tar archives itself; these it copies as they are. */
const KEPT = /\.(?:zip|deb|rpm|whl|run|bin|7z)$/i;

export const rule: Rule = {
  id: 'add-archive-unpacked-later',
  title: 'Downloaded or added archive unpacked in a later layer',
  category: 'size',
  severity: 'info',
  aliases: [],
  lesson: 'layers',
  explanation:
    'ADD stores the file it downloads (or a .zip, .deb or installer it copies) in its own layer. Unpacking or installing it in a later RUN adds the result on top, and the original archive stays in the image even if that RUN deletes it. Download, unpack and delete in a single RUN, or use a build stage, so only the result is shipped.',
  examples: {
    bad: 'FROM debian:12-slim\nADD https://example.com/tool-1.2.zip /tmp/tool.zip\nRUN unzip /tmp/tool.zip -d /opt/tool',
    good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/tool.zip https://example.com/tool-1.2.zip \\\n && unzip /tmp/tool.zip -d /opt/tool && rm /tmp/tool.zip',
  },
  check(ctx) {
    const { model } = ctx;
    const { copies, runs, order } = shippedTimeline(model);
    for (const c of copies) {
      if (c.ins.keyword !== 'ADD' || c.sources.length !== 1) continue;
      const src = c.sources[0];
      const remote = /^https?:\/\//i.test(src);
      if (!remote && !KEPT.test(src)) continue;
      const name = src.split(/[?#]/)[0].split('/').pop() ?? '';
      // the file lands at dest, or inside dest when dest is a directory
      const file = c.dest.endsWith('/') || !/\.[A-Za-z0-9]+$/.test(c.dest) ? joinPath(c.dest, name) : c.dest;
      const at = order.get(c.ins) ?? 0;
      for (const { site, workdir } of runs) {
        if ((order.get(site.run) ?? 0) <= at) continue;
        const uses = site.commands.some(({ cmd }) => USES.has(cmd.base) && operandPaths(cmd, workdir).some((p) => p === file || within(file, p) && p === c.dest));
        const removes = site.commands.some(({ cmd }) => cmd.base === 'rm' && operandPaths(cmd, workdir).some((p) => within(file, p)));
        if (!uses || removes) continue; // a later rm is reported by file-removed-in-later-layer
        ctx.report({
          span: c.ins.span,
          message: `${remote ? 'The download' : name} stays in this ADD layer although the RUN on line ${site.ins.span.start.line} unpacks it, so the image carries it next to its contents: fetch, unpack and delete it in one RUN.`,
        });
        break;
      }
    }
  },
};
