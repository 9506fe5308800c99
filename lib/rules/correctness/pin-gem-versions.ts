import type { Rule } from '../types';
import type { ShellCommand } from '../../shell/types';
import { reportSpan, runCommandsByInstruction, subcommandWord } from './_run-commands';

/** gem install switches that take no value; any other option is assumed to take the next word, as hadolint does. */
const GEM_SWITCHES = new Set([
  '-N', '--no-document', '--no-ri', '--no-rdoc', '--user-install', '--no-user-install', '--conservative', '--minimal-deps',
  '-f', '--force', '-q', '--quiet', '--verbose', '--silent', '--ignore-dependencies', '--development', '--development-all',
  '--prerelease', '--pre', '-E', '--env-shebang', '--no-env-shebang', '--format-executable', '--no-format-executable',
  '--clear-sources', '-b', '--both', '-l', '--local', '-r', '--remote', '--no-wrappers', '--wrappers', '--default', '--explain',
  '--lock', '--no-lock', '--norc', '--no-post-install-message', '--post-install-message', '--backtrace', '--debug', '-V',
  '--vendor', '--suggestions', '--no-suggestions', '-u', '--update-sources', '--no-update-sources',
]);

/** Gem names of `gem install` (up to `--`), or null when it is not an install or a version is given with -v. */
function gemNames(cmd: ShellCommand): string[] | null {
  if (cmd.base !== 'gem' || !subcommandWord(cmd, [], ['install', 'i'])) return null;
  const args = cmd.args;
  if (args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) return null;
  const names: string[] = [];
  let sawSub = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (!GEM_SWITCHES.has(a) && !a.includes('=')) i++;
      continue;
    }
    if (!sawSub && (a === 'install' || a === 'i')) {
      sawSub = true;
      continue;
    }
    names.push(a);
  }
  return names;
}

export const rule: Rule = {
  id: 'pin-gem-versions',
  title: 'gem install without a version',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3028'],
  lesson: 'layers',
  explanation:
    'gem install name installs the newest release on the day of the build, so the same Dockerfile can produce different images and a new major release can break the build. Pin the version with name:version or -v version, or install from a Gemfile.lock with bundler.',
  examples: {
    bad: 'FROM ruby:3.3-slim\nRUN gem install bundler',
    good: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      for (const f of commands) {
        const names = gemNames(f.cmd);
        const loose = names?.filter((n) => !n.includes(':') && !n.endsWith('.gem') && !n.startsWith('$')) ?? [];
        if (!loose.length) continue;
        ctx.report({
          span: reportSpan(model, f),
          message: `gem installs the newest release at build time for ${loose.slice(0, 3).join(', ')}${loose.length > 3 ? ', ...' : ''}: pin it as name:version.`,
        });
        break;
      }
    }
  },
};
