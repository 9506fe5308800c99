import type { Rule } from '../types';
import { APT_GET_VALUE_OPTIONS } from '../correctness/_apt';
import { fixFrom, reportSpan, runCommandsByInstruction, subcommandWord } from '../correctness/_run-commands';
import type { TextEdit } from '../../types';

/** apt subcommands that apt-get runs the same way, so the rename is safe. */
const SAME_IN_APT_GET = ['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade', 'clean', 'autoclean'];

export const rule: Rule = {
  id: 'use-apt-get-not-apt',
  title: 'apt used in a script',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3027', 'CKV_DOCKER_9'],
  lesson: 'layers',
  explanation:
    'apt is the interactive front end for people at a terminal: its output and behaviour may change between releases and it warns that it has no stable command-line interface. In a Dockerfile use apt-get (and apt-cache for queries), which are meant for scripts.',
  examples: {
    bad: 'FROM ubuntu:24.04\nRUN apt update && apt install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 && rm -rf /var/lib/apt/lists/*',
    good: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 && rm -rf /var/lib/apt/lists/*',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      const bad = commands.filter((f) => f.cmd.base === 'apt');
      if (!bad.length) continue;
      const edits: (TextEdit | null)[] = bad.map((f) => {
        const word = f.cmd.argv[0];
        const src = f.embedded.script.source;
        if (!subcommandWord(f.cmd, APT_GET_VALUE_OPTIONS, SAME_IN_APT_GET) || src.slice(word.start, word.end) !== word.raw || !word.raw.endsWith('apt')) return null;
        const at = f.embedded.offsets[word.end - 1] + 1;
        return { start: at, end: at, text: '-get' };
      });
      ctx.report({
        span: reportSpan(model, bad[0]),
        message: 'apt is meant for interactive use and has no stable interface for scripts: use apt-get (or apt-cache) instead.',
        fix: fixFrom('Use apt-get', edits),
      });
    }
  },
};
