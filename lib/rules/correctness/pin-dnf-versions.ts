import type { Rule } from '../types';
import { argsNoFlags, cmdHasArgs, runSites } from './_run-scan';

const VERSION_CHAR = /^[A-Za-z0-9.~^_:+]*$/;

/** name-version: something after the first dash that looks like a version (version characters only, one part starting with a digit). */
function packagePinned(pkg: string): boolean {
  if (pkg.includes('$')) return true; // version given by a variable
  const parts = pkg.split('-');
  if (parts.length <= 1) return false;
  if (pkg.endsWith('.rpm')) return true;
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => p.length > 0 && p[0] >= '0' && p[0] <= '9');
}

export const rule: Rule = {
  id: 'pin-dnf-versions',
  title: 'dnf install without package versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3041'],
  lesson: 'layers',
  explanation:
    'Without a version, dnf and microdnf install whatever is newest when the build runs, so the same Dockerfile can build different images. Pin packages as name-version and modules as name:stream.',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all',
    good: 'FROM fedora:40\nRUN dnf install -y tomcat-9.0.87 && dnf clean all',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const missing: string[] = [];
      for (const { cmd } of site.commands) {
        if (!cmdHasArgs(cmd, ['dnf', 'microdnf'], ['install'])) continue;
        const isModule = cmd.args.includes('module');
        if (!isModule && cmd.args.includes('group')) continue;
        const pkgs = argsNoFlags(cmd).filter((a) => a !== 'install' && a !== 'module');
        missing.push(...pkgs.filter((p) => (isModule ? !p.includes(':') : !packagePinned(p))));
      }
      if (missing.length) ctx.report({ span: site.ins.span, message: `dnf installs ${missing.join(', ')} without a version: pin them as name-version (modules as name:stream).` });
    }
  },
};
