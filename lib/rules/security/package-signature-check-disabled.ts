import type { ShellCommand } from '../../shell/types';
import type { Rule } from '../types';
import { hasFlag, flagValues } from '../../shell/query';
import { runCommands, reportSpan } from '../correctness/_run-commands';

const APT = new Set(['apt-get', 'apt', 'aptitude']);
const RPM_FAMILY = new Set(['yum', 'dnf', 'microdnf', 'tdnf']);

/** What in this command installs packages without checking their signatures, or null. */
export function unsignedInstall(cmd: ShellCommand): string | null {
  const base = cmd.base;
  if (APT.has(base)) {
    if (hasFlag(cmd, '--allow-unauthenticated')) return `${base} --allow-unauthenticated installs unsigned packages`;
    if (hasFlag(cmd, '--force-yes')) return `${base} --force-yes also accepts unsigned packages and downgrades`;
    if (hasFlag(cmd, '--allow-insecure-repositories')) return `${base} --allow-insecure-repositories reads unsigned repositories`;
    if (flagValues(cmd, '-o', '--option').some((v) => /AllowUnauthenticated\s*=\s*['"]?(?:true|1|yes)/i.test(v))) return `${base} -o APT::Get::AllowUnauthenticated installs unsigned packages`;
  }
  if (base === 'apk' && hasFlag(cmd, '--allow-untrusted')) return 'apk --allow-untrusted installs packages without a trusted signature';
  if (RPM_FAMILY.has(base) || base === 'rpm') {
    if (hasFlag(cmd, '--nogpgcheck')) return `${base} --nogpgcheck skips GPG signature checks`;
    if (flagValues(cmd, '--setopt').some((v) => /(?:^|\.)(?:gpgcheck|repo_gpgcheck)=['"]?(?:0|false|no)/i.test(v))) return `${base} --setopt=gpgcheck=0 skips GPG signature checks`;
  }
  if (base === 'rpm' && hasFlag(cmd, '--nosignature', '--nodigest', '--noverify', '--nofiledigest')) return 'rpm --nosignature/--nodigest skips package verification';
  if (base === 'zypper' && hasFlag(cmd, '--no-gpg-checks')) return 'zypper --no-gpg-checks skips GPG signature checks';
  return null;
}

export const rule: Rule = {
  id: 'package-signature-check-disabled',
  title: 'Packages installed without signature checks',
  category: 'security',
  severity: 'warning',
  aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
  lesson: 'security',
  explanation:
    'Package managers check signatures so that a mirror or a proxy cannot slip in a modified package. `apt-get --allow-unauthenticated` or `--force-yes`, `apk --allow-untrusted`, `yum`/`dnf --nogpgcheck`, `rpm --nosignature` and `zypper --no-gpg-checks` switch that off for the whole command. Import the repository key instead.',
  examples: {
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --allow-unauthenticated curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  check(ctx) {
    for (const found of runCommands(ctx.model)) {
      const why = unsignedInstall(found.cmd);
      if (why) ctx.report({ span: reportSpan(ctx.model, found), message: `${why}: import the repository's signing key instead.` });
    }
  },
};
