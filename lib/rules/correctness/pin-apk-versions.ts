import type { Rule } from '../types';
import type { ShellWord } from '../../shell/types';
import { apkAddWord, apkPackages } from './_apk';
import { reportSpan, runCommandsByInstruction } from './_run-commands';

/** `pkg=1.2`, `pkg~1.2`, `pkg>1`, `pkg<2` constrain the version; a local `.apk` file is fixed by itself. */
function pinned(word: ShellWord): boolean {
  const v = word.value;
  if (/[=~<>]/.test(v) || v.endsWith('.apk')) return true;
  // a bare variable may hold pinned names: not plainly unpinned
  return !word.literal && !word.parts.some((p) => p.kind === 'lit' && /[A-Za-z0-9]/.test(p.raw));
}

export const rule: Rule = {
  id: 'pin-apk-versions',
  title: 'apk add without pinned versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3018'],
  lesson: 'layers',
  explanation:
    'Without a version constraint apk installs whatever the repository offers at build time, so rebuilding the same Dockerfile can silently ship different packages or break. Pin packages with name=version (or name~version for a release series).',
  examples: {
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      for (const f of commands) {
        if (!apkAddWord(f.cmd)) continue;
        const loose = apkPackages(f.cmd).filter((w) => !pinned(w));
        if (!loose.length) continue;
        ctx.report({
          span: reportSpan(model, f),
          message: `apk installs whatever version is current at build time for ${loose.map((w) => w.value).slice(0, 3).join(', ')}${loose.length > 3 ? ', ...' : ''}: pin them as name=version.`,
        });
        break;
      }
    }
  },
};
