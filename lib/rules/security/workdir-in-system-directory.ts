import type { Rule } from '../types';
import { instructionsOf } from '../helpers';

const SYSTEM_DIRS = ['/proc', '/boot', '/dev', '/initrd', '/lost+found', '/sys'];

export const rule: Rule = {
  id: 'workdir-in-system-directory',
  title: 'WORKDIR inside a system directory',
  category: 'security',
  severity: 'warning',
  aliases: ['AVD-DS-0030', 'DS030'],
  lesson: 'security',
  explanation:
    'Directories such as /proc, /sys, /dev and /boot belong to the kernel and the host: at run time they are replaced by special mounts, so files put there vanish or, worse, the application writes into host interfaces. Keep the application in its own directory such as /app.',
  examples: {
    bad: 'FROM alpine:3.20\nWORKDIR /proc/app',
    good: 'FROM alpine:3.20\nWORKDIR /app',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'WORKDIR')) {
      const path = (ins.words[0]?.value ?? '').replace(/\/+$/, '');
      const dir = SYSTEM_DIRS.find((d) => path === d || path.startsWith(d + '/'));
      if (!dir) continue;
      ctx.report({ span: ins.span, message: `WORKDIR ${path} is inside ${dir}, a system directory the runtime mounts over: use a directory of your own such as /app.` });
    }
  },
};
