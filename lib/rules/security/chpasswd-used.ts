import type { Rule } from '../types';
import { runCommands, reportSpan } from '../correctness/_run-commands';

export const rule: Rule = {
  id: 'chpasswd-used',
  title: 'Password set with chpasswd',
  category: 'security',
  severity: 'warning',
  aliases: ['CKV2_DOCKER_17'],
  lesson: 'security',
  explanation:
    'A password set with `chpasswd` during the build is the same in every container started from the image, and the plain-text password usually sits in the Dockerfile and in the image history. Containers rarely need login passwords: run as a non-root USER, and give credentials at run time when something really needs them.',
  examples: {
    bad: 'FROM ubuntu:24.04\nRUN useradd -m app && echo "app:secret" | chpasswd\nUSER app',
    good: 'FROM ubuntu:24.04\nRUN useradd -m app\nUSER app',
  },
  check(ctx) {
    for (const found of runCommands(ctx.model)) {
      if (found.cmd.base !== 'chpasswd') continue;
      ctx.report({ span: reportSpan(ctx.model, found), message: 'chpasswd bakes a password into every container of this image: drop it and run as a non-root USER.' });
    }
  },
};
