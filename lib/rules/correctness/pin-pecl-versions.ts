import type { Rule } from '../types';
import { argsNoFlags, runSites } from './_run-scan';
import { subcommand } from '../../shell/query';

/** Already fixed: a local archive or package.xml, or a download URL. */
function isArtifact(arg: string): boolean {
  return /\.(tgz|tar|tar\.gz|xml)$/.test(arg) || /^(https?|ftp):\/\//.test(arg);
}

function pinned(arg: string): boolean {
  if (arg.includes('$') || isArtifact(arg)) return true;
  const name = arg.slice(arg.lastIndexOf('/') + 1);
  const dash = name.indexOf('-');
  return dash > 0 && /^\d/.test(name.slice(dash + 1));
}

export const rule: Rule = {
  id: 'pin-pecl-versions',
  title: 'pecl install without a version',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3068'],
  lesson: 'layers',
  explanation:
    'pecl install name fetches the newest release of the extension (or of a stability channel such as -beta), so rebuilding the same Dockerfile can compile a different version. Pin it as name-1.2.3.',
  examples: {
    bad: 'FROM php:8.3-cli\nRUN pecl install redis && docker-php-ext-enable redis',
    good: 'FROM php:8.3-cli\nRUN pecl install redis-6.1.0 && docker-php-ext-enable redis',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const missing: string[] = [];
      for (const { cmd } of site.commands) {
        if (cmd.base !== 'pecl' || subcommand(cmd) !== 'install') continue;
        missing.push(...argsNoFlags(cmd).slice(1).filter((a) => !pinned(a)));
      }
      if (missing.length) ctx.report({ span: site.ins.span, message: `pecl installs ${missing.join(', ')} without a version: pin them as name-version.` });
    }
  },
};
