import type { Rule } from '../types';
import { hasFlag } from '../../shell/query';
import { apkAddWord } from '../correctness/_apk';
import { fixFrom, hasCacheMountUnder, insertAfterWord, mayHideOptions, reportSpan, runCommandsByInstruction } from '../correctness/_run-commands';

export const rule: Rule = {
  id: 'apk-add-missing-no-cache',
  title: 'apk add without --no-cache',
  category: 'size',
  severity: 'info',
  aliases: ['DL3019'],
  lesson: 'why-size',
  explanation:
    'apk add keeps the downloaded index and packages in /var/cache/apk, which then stays in the layer. --no-cache fetches a fresh index, installs, and keeps nothing, so there is no need for apk update before it or rm -rf /var/cache/apk/* after it.',
  examples: {
    bad: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r2',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { ins, commands } of runCommandsByInstruction(model)) {
      if (hasCacheMountUnder(ins, '/var/cache/apk')) continue;
      const bad = commands.filter((f) => apkAddWord(f.cmd) && !hasFlag(f.cmd, '--no-cache') && !mayHideOptions(f.cmd));
      if (!bad.length) continue;
      ctx.report({
        span: reportSpan(model, bad[0]),
        message: 'apk add leaves its package cache in /var/cache/apk in this layer: use apk add --no-cache.',
        fix: fixFrom('Add --no-cache', bad.map((f) => insertAfterWord(f.embedded, apkAddWord(f.cmd)!, '--no-cache'))),
      });
    }
  },
};
