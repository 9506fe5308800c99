import type { Rule } from '../types';
import { aptGetInstallWord, aptOptionOff } from '../correctness/_apt';
import { fixFrom, insertAfterWord, mayHideOptions, reportSpan, runCommandsByInstruction } from '../correctness/_run-commands';

export const rule: Rule = {
  id: 'apt-missing-no-install-recommends',
  title: 'apt-get install pulls in recommended packages',
  category: 'size',
  severity: 'info',
  aliases: ['DL3015'],
  lesson: 'why-size',
  explanation:
    'By default apt-get also installs every package the ones you asked for merely "recommend": documentation, extra tools, sometimes a whole desktop stack. They are rarely needed in a container and often double the size of the layer. --no-install-recommends installs only what you listed and their hard dependencies.',
  examples: {
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      const bad = commands.filter(
        (f) =>
          aptGetInstallWord(f.cmd) &&
          !f.cmd.args.includes('--no-install-recommends') &&
          !aptOptionOff(f.cmd, 'APT::Install-Recommends') &&
          !mayHideOptions(f.cmd),
      );
      if (!bad.length) continue;
      ctx.report({
        span: reportSpan(model, bad[0]),
        message: 'apt-get install also installs every recommended package, which usually bloats the layer: add --no-install-recommends.',
        fix: fixFrom('Add --no-install-recommends', bad.map((f) => insertAfterWord(f.embedded, aptGetInstallWord(f.cmd)!, '--no-install-recommends'))),
      });
    }
  },
};
