import type { Rule } from '../types';
import { buildCommands } from '../helpers';
import { reportSpan } from '../correctness/_run-commands';

export const rule: Rule = {
  id: 'sudo-in-run',
  title: 'sudo used in RUN',
  category: 'security',
  severity: 'error',
  aliases: ['DL3004', 'CKV2_DOCKER_1', 'AVD-DS-0010', 'DS010'],
  lesson: 'security',
  explanation:
    'RUN already executes as the user set by the last USER instruction, so sudo adds nothing but a setuid binary in the image and behaviour that depends on its configuration (a password prompt, a TTY requirement, a stripped environment). Switch users with USER around the steps that need root, or use gosu/su-exec in an entrypoint.',
  examples: {
    bad: 'FROM debian:12\nUSER app\nRUN sudo apt-get update',
    good: 'FROM debian:12\nUSER root\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\nUSER app',
  },
  check(ctx) {
    const { model } = ctx;
    let last = -1;
    for (const found of buildCommands(model)) {
      if (found.cmd.base !== 'sudo' || found.ins.index === last) continue;
      last = found.ins.index;
      ctx.report({
        span: reportSpan(model, found),
        message: 'sudo in a build step behaves unpredictably (prompts, TTY, environment) and adds a setuid binary: switch users with USER instead.',
      });
    }
  },
};
