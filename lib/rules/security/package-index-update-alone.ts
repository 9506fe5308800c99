import type { ShellCommand } from '../../shell/types';
import type { Rule } from '../types';
import { subcommand } from '../../shell/query';
import { runCommandsByInstruction } from '../correctness/_run-commands';

interface Family {
  names: string[];
  /** subcommands that only refresh the package index */
  refresh: string[];
  /** subcommands that then use it */
  use: string[];
  optionsWithValue: string[];
}

const FAMILIES: Family[] = [
  {
    names: ['apt-get', 'apt', 'aptitude'],
    refresh: ['update'],
    use: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'reinstall', 'satisfy'],
    optionsWithValue: ['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release'],
  },
  { names: ['apk'], refresh: ['update'], use: ['add', 'upgrade', 'fix'], optionsWithValue: ['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir'] },
  // for yum/dnf `update` upgrades packages; only `makecache` is a bare index refresh
  {
    names: ['yum', 'dnf', 'microdnf', 'tdnf'],
    refresh: ['makecache'],
    use: ['install', 'upgrade', 'update', 'reinstall', 'groupinstall', 'localinstall', 'group', 'module', 'distro-sync', 'builddep'],
    optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '--releasever', '--installroot', '-c', '--config'],
  },
  { names: ['zypper'], refresh: ['refresh', 'ref'], use: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si'], optionsWithValue: ['--root', '-R', '--reposd-dir', '-D', '--cache-dir', '-C'] },
];

function familyOf(cmd: ShellCommand): Family | undefined {
  return FAMILIES.find((f) => f.names.includes(cmd.base));
}

export const rule: Rule = {
  id: 'package-index-update-alone',
  title: 'Package index refreshed in a RUN that installs nothing',
  category: 'security',
  severity: 'warning',
  aliases: ['AVD-DS-0017', 'DS017', 'CKV_DOCKER_5'],
  lesson: 'layers',
  explanation:
    'A RUN that only refreshes the package index (`apt-get update`, `apk update`) is cached as its own layer. Later builds reuse that old index while the install in the next RUN changes, so packages come from a stale list: old versions, missing security fixes, or 404 errors. Refresh and install in the same RUN.',
  examples: {
    bad: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  check(ctx) {
    for (const { ins, commands } of runCommandsByInstruction(ctx.model)) {
      for (const family of FAMILIES) {
        let refreshedBy: string | null = null;
        let used = false;
        for (const { cmd } of commands) {
          if (familyOf(cmd) !== family) continue;
          const sub = subcommand(cmd, family.optionsWithValue);
          // `apk --update add x` refreshes and installs in one go
          if (sub && family.use.includes(sub)) {
            if (refreshedBy) used = true;
          } else if (sub && family.refresh.includes(sub) && !refreshedBy) refreshedBy = `${cmd.base} ${sub}`;
        }
        if (refreshedBy && !used) {
          ctx.report({ span: ins.span, message: `'${refreshedBy}' runs without an install in the same RUN, so its cached index goes stale: refresh and install in one RUN.` });
        }
      }
    }
  },
};
