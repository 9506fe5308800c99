import type { Rule } from '../types';
import type { ShellWord } from '../../shell/types';
import { positionals, reportSpan, runCommandsByInstruction } from './_run-commands';

/** npm options followed by a separate value word. */
const NPM_VALUE_OPTIONS = ['--loglevel', '--registry', '--prefix', '--cache', '--userconfig', '-w', '--workspace', '--omit', '--include', '--install-strategy'];
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const TARBALLS = ['.tar', '.tar.gz', '.tgz'];
const FOLDERS = ['/', './', '../', '~/'];

function pinned(word: ShellWord): boolean {
  const v = word.value;
  if (!word.literal && !word.parts.some((p) => p.kind === 'lit' && /[A-Za-z0-9]/.test(p.raw))) return true;
  if (GIT_PREFIXES.some((p) => v.startsWith(p))) return v.includes('#');
  if (TARBALLS.some((s) => v.endsWith(s)) || FOLDERS.some((p) => v.startsWith(p))) return true;
  // @scope/name@version: the version @ comes after the scope
  const name = v.startsWith('@') ? v.slice(Math.max(0, v.indexOf('/'))) : v;
  return name.includes('@');
}

export const rule: Rule = {
  id: 'pin-npm-versions',
  title: 'npm install of a package without a version',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3016'],
  lesson: 'layers',
  explanation:
    'npm install name takes the latest release on the day of the build, so rebuilding the same Dockerfile can install a different, possibly breaking version. Name the version (name@1.2.3) or install from package.json with its lock file (npm ci).',
  examples: {
    bad: 'FROM node:22-slim\nRUN npm install -g typescript',
    good: 'FROM node:22-slim\nRUN npm install -g typescript@5.6.3',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      for (const f of commands) {
        if (f.cmd.base !== 'npm') continue;
        const words = positionals(f.cmd, NPM_VALUE_OPTIONS);
        if (!words.length || !['install', 'i', 'add'].includes(words[0].value)) continue;
        const loose = words.slice(1).filter((w) => !pinned(w));
        if (!loose.length) continue;
        ctx.report({
          span: reportSpan(model, f),
          message: `npm installs the latest release at build time for ${loose.map((w) => w.value).slice(0, 3).join(', ')}${loose.length > 3 ? ', ...' : ''}: pin them as name@version.`,
        });
        break;
      }
    }
  },
};
