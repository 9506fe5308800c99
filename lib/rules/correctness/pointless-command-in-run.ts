import type { Rule } from '../types';
import { reportSpan, runCommands } from './_run-commands';

/** Interactive or system-management commands that do nothing useful while an image is built. */
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim', 'ifconfig']);

export const rule: Rule = {
  id: 'pointless-command-in-run',
  title: 'Command that makes no sense in a build',
  category: 'correctness',
  severity: 'info',
  aliases: ['DL3001'],
  lesson: 'layers',
  explanation:
    'A build step runs in a throw-away container with no init system, no terminal and no running services: ssh, vim, top, ps, free, kill, mount, service or shutdown either hang, fail, or act on processes that vanish when the step ends. Start services in the entrypoint and inspect images with docker run instead.',
  examples: {
    bad: 'FROM debian:12\nRUN service nginx start',
    good: 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]',
  },
  check(ctx) {
    const { model } = ctx;
    let last = -1;
    for (const found of runCommands(model)) {
      if (!POINTLESS.has(found.cmd.base) || found.ins.index === last) continue;
      last = found.ins.index;
      ctx.report({
        span: reportSpan(model, found),
        message: `${found.cmd.base} does nothing useful in a build step (no terminal, no running services): remove it or move it to the container's entrypoint.`,
      });
    }
  },
};
