import type { Rule } from '../types';
import { argsNoFlags, cmdHasArgs, runSites } from './_run-scan';

function pinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('>') || pkg.includes('<') || pkg.endsWith('.rpm');
}

export const rule: Rule = {
  id: 'pin-zypper-versions',
  title: 'zypper install without package versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3037'],
  lesson: 'layers',
  explanation:
    'Without a version constraint zypper installs the newest package of the day, so rebuilding the same Dockerfile can produce a different image. Give each package a version (name=1.2, or a range such as name>=1.2).',
  examples: {
    bad: 'FROM opensuse/leap:15.5\nRUN zypper install -y tomcat && zypper clean',
    good: 'FROM opensuse/leap:15.5\nRUN zypper install -y tomcat=9.0.39 && zypper clean',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      const missing: string[] = [];
      for (const { cmd } of site.commands) {
        if (!cmdHasArgs(cmd, ['zypper'], ['install', 'in'])) continue;
        missing.push(...argsNoFlags(cmd).filter((a) => a !== 'install' && a !== 'in' && !pinned(a)));
      }
      if (missing.length) ctx.report({ span: site.ins.span, message: `zypper installs ${missing.join(', ')} without a version: pin them (name=version).` });
    }
  },
};
