import type { Rule } from '../types';
import type { Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { hasFlag } from '../../shell/query';
import { usesNonPosixShell } from '../helpers';

/** Shells that understand `-o pipefail` (plain sh may be dash, which did not for a long time). */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);

/** SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or -eo pipefail, -o errexit -o pipefail ...). */
function shellSetsPipefail(json: string[]): boolean {
  const name = (json[0] ?? '').split(/[\\/]/).pop() ?? '';
  if (!PIPEFAIL_SHELLS.has(name)) return false;
  const rest = json.slice(1);
  const hasO = rest.some((a) => a === '-o' || (/^-[A-Za-z]+$/.test(a) && a.includes('o')));
  return hasO && rest.includes('pipefail');
}

/** `set -o pipefail` (or -eo, -euxo ...) before the piped command, in the same script. */
function setsPipefail(cmd: ShellCommand): boolean {
  return cmd.base === 'set' && cmd.args.includes('pipefail') && hasFlag(cmd, '-o');
}

export const rule: Rule = {
  id: 'pipe-without-pipefail',
  title: 'RUN with a pipe but without pipefail',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL4006'],
  lesson: 'layers',
  explanation:
    'A pipeline exits with the status of its last command, so in `curl ... | tar x` a failed download still lets the build continue with a broken layer. With `-o pipefail` the pipeline fails when any part fails. Set it with SHELL ["/bin/bash", "-o", "pipefail", "-c"] before the RUN, or `set -o pipefail` at the start of the script.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt',
    good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt',
  },
  check(ctx) {
    let pipefail = false;
    for (const ins of ctx.model.instructions) {
      if (ins.keyword === 'FROM') pipefail = false;
      else if (ins.keyword === 'SHELL') pipefail = !!ins.json && shellSetsPipefail(ins.json);
      else if (ins.keyword === 'RUN' && !pipefail && !usesNonPosixShell(ctx.model, ins) && unguardedPipe(ins)) {
        ctx.report({ span: ins.span, message: 'A failure before the last | goes unnoticed: set SHELL ["/bin/bash", "-o", "pipefail", "-c"] or start the script with set -o pipefail.' });
      }
    }
  },
};

function unguardedPipe(ins: Instruction): boolean {
  for (const s of ins.scripts) {
    let guarded = false;
    for (const c of s.script.commands) {
      if (setsPipefail(c)) guarded = true;
      else if (c.pipeline.length > 1 && !guarded) return true;
    }
  }
  return false;
}
