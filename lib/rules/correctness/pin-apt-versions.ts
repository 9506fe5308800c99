import type { Rule } from '../types';
import type { ShellWord } from '../../shell/types';
import { APT_GET_VALUE_OPTIONS, aptGetInstallWord } from './_apt';
import { positionals, reportSpan, runCommandsByInstruction } from './_run-commands';

/** hadolint counts `pkg=1.2`, `pkg/release` and local `.deb` files as pinned. */
function pinned(word: ShellWord): boolean {
  const v = word.value;
  if (v.includes('=') || v.includes('/') || v.endsWith('.deb')) return true;
  // a bare variable may well hold pinned names: not plainly unpinned
  return !word.literal && !/[A-Za-z0-9]/.test(word.parts.filter((p) => p.kind === 'lit').map((p) => p.raw).join(''));
}

export const rule: Rule = {
  id: 'pin-apt-versions',
  title: 'apt-get install without pinned versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3008'],
  lesson: 'layers',
  explanation:
    'Without a version, apt-get installs whatever the archive holds on the day of the build, so two builds of the same Dockerfile can ship different software and a rebuild can suddenly break. Pin each package with package=version so the image only changes when you change the file.',
  examples: {
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      for (const f of commands) {
        if (!aptGetInstallWord(f.cmd)) continue;
        const loose = positionals(f.cmd, APT_GET_VALUE_OPTIONS).slice(1).filter((w) => !pinned(w));
        if (!loose.length) continue;
        ctx.report({
          span: reportSpan(model, f),
          message: `apt-get installs whatever version is current at build time for ${loose.map((w) => w.value).slice(0, 3).join(', ')}${loose.length > 3 ? ', ...' : ''}: pin them as package=version.`,
        });
        break;
      }
    }
  },
};
