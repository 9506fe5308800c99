import type { Rule } from '../types';
import type { ShellCommand } from '../../shell/types';
import { scriptSpan } from '../helpers';
import { runScripts } from './_shellcheck';

const EXPANSION = /\$[{(0-9a-zA-Z_]|`[^`]+`/;
/** sed's own `$` commands and addresses ($d, $p, ${...}) */
const SED_DOLLAR = /\$[{dpsaic](?:$|[^a-zA-Z])/;
/** Commands that receive code or templates on purpose: ShellCheck's list plus wrappers and interpreters. */
const EXEMPT = new Set([
  'trap', 'sh', 'bash', 'dash', 'ash', 'ksh', 'zsh', 'ssh', 'eval', 'xprop', 'alias', 'sudo', 'docker', 'podman',
  'dpkg-query', 'jq', 'yq', 'rename', 'rg', 'unset', 'su', 'runuser', 'env', 'exec', 'nohup', 'timeout', 'gosu',
  'su-exec', 'chroot', 'xargs', 'find', 'envsubst', 'python', 'python2', 'python3', 'ruby', 'node', 'php', 'Rscript',
  'psql', 'mysql', 'sqlite3', 'powershell', 'pwsh', 'expect', 'tclsh', 'lua', 'git', 'parallel', 'watch', 'make',
]);

/** True when the command writes its arguments somewhere instead of using them: a file or another process. */
function writesOut(cmd: ShellCommand): boolean {
  if (cmd.pipeline.index < cmd.pipeline.length - 1) return true;
  return cmd.redirects.some((r) => (r.op === '>' || r.op === '>>' || r.op === '>|') && r.target?.value !== '/dev/null');
}

/** ShellCheck SC2016, with extra exemptions for text written to files (profile snippets, scripts). */
export const rule: Rule = {
  id: 'expansion-in-single-quotes',
  title: 'Variable inside single quotes',
  category: 'correctness',
  severity: 'info',
  aliases: ['SC2016'],
  lesson: 'layers',
  explanation:
    "Single quotes keep every character literally, so '$HOME' is the five characters $HOME, not your home directory. When the value was meant, use double quotes. Text written on purpose for a later shell (a profile snippet, an awk or sed program, sh -c) is not reported.",
  examples: {
    bad: "FROM debian:12\nARG VERSION=1.2\nRUN curl -fsSLo /tmp/tool.tgz 'https://example.com/tool-$VERSION.tgz'",
    good: 'FROM debian:12\nARG VERSION=1.2\nRUN curl -fsSLo /tmp/tool.tgz "https://example.com/tool-$VERSION.tgz"',
  },
  check(ctx) {
    const { model } = ctx;
    for (const run of runScripts(model)) {
      for (const cmd of run.embedded.script.commands) {
        if (cmd.argv.length < 2) continue;
        const base = cmd.base;
        if (EXEMPT.has(base) || base.endsWith('awk') || base.startsWith('perl') || base.startsWith('python')) continue;
        if (writesOut(cmd)) continue;
        for (const word of cmd.argv.slice(1)) {
          for (const part of word.parts) {
            if (part.kind !== 'sq') continue;
            const body = part.raw.slice(1, -1);
            if (!EXPANSION.test(body)) continue;
            if (base === 'sed' && SED_DOLLAR.test(body)) continue;
            ctx.report({
              span: scriptSpan(model, run.embedded, part.start, part.end),
              message: `Single quotes keep ${part.raw.length > 40 ? part.raw.slice(0, 37) + "...'" : part.raw} literal: the $ is not expanded. Use double quotes if the value was meant.`,
            });
          }
        }
      }
    }
  },
};
