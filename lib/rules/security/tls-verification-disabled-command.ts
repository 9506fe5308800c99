import type { ShellCommand } from '../../shell/types';
import type { Rule } from '../types';
import { hasFlag, flagValues } from '../../shell/query';
import { runCommands, reportSpan } from '../correctness/_run-commands';

const OFF = /^(?:0|false|no|off)$/i;

/** What in this command turns certificate checking off, or null. */
export function insecureTls(cmd: ShellCommand): string | null {
  const base = cmd.base;
  const args = cmd.args;
  if (base === 'curl' && hasFlag(cmd, '-k', '--insecure')) return 'curl -k/--insecure accepts any certificate';
  if (base === 'wget' && hasFlag(cmd, '--no-check-certificate')) return 'wget --no-check-certificate accepts any certificate';
  const isPip = /^pip[0-9.]*$/.test(base) || (/^python[0-9.]*$/.test(base) && args[0] === '-m' && /^pip[0-9.]*$/.test(args[1] ?? ''));
  if (isPip && hasFlag(cmd, '--trusted-host')) return 'pip --trusted-host lets that host serve packages without a valid certificate';
  if (base === 'npm' || base === 'yarn' || base === 'pnpm') {
    for (let i = 0; i < args.length; i++) {
      const a = args[i].replace(/^--/, '').replace(/["']/g, '');
      if (a === 'no-strict-ssl' || /^strict-ssl=(?:false|0)$/i.test(a) || (a === 'strict-ssl' && OFF.test(args[i + 1] ?? ''))) {
        return `${base} strict-ssl false accepts any registry certificate`;
      }
    }
  }
  if (base === 'git') {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const eq = a.indexOf('=');
      if (eq > 0 && /^http\.(?:[^=]*\.)?sslverify$/i.test(a.slice(0, eq)) && OFF.test(a.slice(eq + 1))) return 'git http.sslVerify=false accepts any certificate';
      if (/^http\.(?:.*\.)?sslverify$/i.test(a) && OFF.test(args[i + 1] ?? '')) return 'git config http.sslVerify false accepts any certificate';
    }
  }
  if (['yum', 'dnf', 'microdnf', 'tdnf', 'yum-config-manager', 'dnf-config-manager'].includes(base)) {
    if (flagValues(cmd, '--setopt').some((v) => /(?:^|\.)sslverify=['"]?(?:0|false|no)['"]?$/i.test(v))) {
      return `${base} --setopt=sslverify=0 accepts any repository certificate`;
    }
  }
  return null;
}

export const rule: Rule = {
  id: 'tls-verification-disabled-command',
  title: 'Command downloads without checking certificates',
  category: 'security',
  severity: 'warning',
  aliases: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_13', 'CKV2_DOCKER_15'],
  lesson: 'security',
  explanation:
    'Switching off certificate checks (`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, npm or yarn `strict-ssl false`, git `http.sslVerify=false`, yum/dnf `sslverify=0`) lets anyone on the network path replace what the build downloads, and the tampered file ends up in the image. Fix the certificate problem instead: install `ca-certificates` or add your proxy\'s CA.',
  examples: {
    bad: 'FROM debian:12-slim\nRUN curl -k -o /tmp/tool.tgz https://example.com/tool.tgz',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz',
  },
  check(ctx) {
    for (const found of runCommands(ctx.model)) {
      const why = insecureTls(found.cmd);
      if (!why) continue;
      ctx.report({ span: reportSpan(ctx.model, found), message: `${why}: keep certificate checks on and install the CA certificates the download needs.` });
    }
  },
};
