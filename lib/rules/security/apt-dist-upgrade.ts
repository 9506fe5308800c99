import type { Rule } from '../types';
import { subcommand } from '../../shell/query';
import { runCommands, reportSpan } from '../correctness/_run-commands';

const APT = new Set(['apt-get', 'apt', 'aptitude']);
const OPTS = ['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release'];

export const rule: Rule = {
  id: 'apt-dist-upgrade',
  title: 'apt dist-upgrade in a Dockerfile',
  category: 'security',
  severity: 'warning',
  // DL3005 is the retired hadolint code for the same check (dropped in hadolint 2; its spec still says dist-upgrade is caught).
  aliases: ['AVD-DS-0024', 'DS024', 'DL3005'],
  lesson: 'minimal-base',
  explanation:
    '`apt-get dist-upgrade` (or `full-upgrade`) may add and remove packages to move the system forward, so the image no longer matches its base and every build can come out different. To get a newer system, use a newer base image tag; for security fixes, rebuild on an updated base.',
  examples: {
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get dist-upgrade -y',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  check(ctx) {
    for (const found of runCommands(ctx.model)) {
      if (!APT.has(found.cmd.base)) continue;
      const sub = subcommand(found.cmd, OPTS);
      if (sub !== 'dist-upgrade' && sub !== 'full-upgrade') continue;
      ctx.report({ span: reportSpan(ctx.model, found), message: `${found.cmd.base} ${sub} rewrites the base system: pick a newer base image instead.` });
    }
  },
};
