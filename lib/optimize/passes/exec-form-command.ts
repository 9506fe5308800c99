import type { Instruction } from '../../model/types';
import { intendedExecForm } from '../../model/intended-exec-form';
import { Changes, stageChain } from '../edit';
import type { Pass } from '../types';

const BUILTINS = new Set(['cd', 'export', 'set', 'source', '.', 'eval', 'exit', 'ulimit', 'umask', 'trap', 'alias', 'unset', 'read', 'wait', 'test', '[', 'true', 'false', ':']);

/** The argv of a shell-form command that needs no shell (one plain command, no variables, globs, redirects or operators). */
export function plainArgv(ins: Instruction): string[] | null {
  if (ins.form !== 'shell' || ins.heredocs.length || ins.scripts.length !== 1) return null;
  const { script } = ins.scripts[0];
  if (script.errors.length || script.commands.length !== 1 || !script.root) return null;
  if (script.root.type !== 'command' && !(script.root.type === 'list' && script.root.items.length === 1 && script.root.items[0].op === null)) return null;
  const cmd = script.commands[0];
  if (cmd.assignments.length || cmd.redirects.length || cmd.negated || cmd.context.length || cmd.pipeline.length !== 1) return null;
  if (!cmd.argv.length || !cmd.argv.every((w) => w.literal)) return null;
  let argv = cmd.argv.map((w) => w.value);
  if (argv[0] === 'exec' && argv.length > 1 && !argv[1].startsWith('-')) argv = argv.slice(1);
  if (BUILTINS.has(argv[0]) || argv.some((a) => a.includes('\n') || a.includes('$'))) return null;
  // a script without a #! line runs under /bin/sh -c (the shell falls back to reading it), but
  // exec form fails with "exec format error"; the image's file is not in view to check
  if (/\.(sh|bash)$/.test(argv[0])) return null;
  return argv;
}

export const pass: Pass = {
  id: 'exec-form-command',
  title: 'Exec form for CMD and ENTRYPOINT',
  risk: 'safe',
  lesson: 'security',
  resolves: ['DL3025', 'JSONArgsRecommended'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    for (const stage of model.stages) {
      // shell form runs in the stage's own SHELL (cmd.exe on Windows), whose quoting and builtins are not POSIX
      if (stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === 'SHELL')) || model.escapeChar === '`') continue;
      const hasCmd = stage.instructions.some((i) => i.keyword === 'CMD');
      const hasEntrypoint = stage.instructions.some((i) => i.keyword === 'ENTRYPOINT');
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
        const meant = intendedExecForm(ins);
        if (meant && ins.argsSpan) {
          const json = '[' + meant.map((a) => JSON.stringify(a)).join(', ') + ']';
          changes.add(
            `${ins.keyword} as the JSON list it meant to be`,
            `\`${ins.argsText.trim()}\` is not valid JSON (exec form needs double quotes around every item), so Docker runs it through /bin/sh as a command named \`${ins.argsText.trim().split(/\s+/)[0]}\`, and the container cannot start. It is now the exec form it was meant to be.`,
            [{ start: ins.argsSpan.startOffset, end: ins.argsSpan.endOffset, text: json }],
          );
          continue;
        }
        // a bracketed list it cannot read: quoting its words would only make the mistake permanent
        if (ins.argsText.trimStart().startsWith('[')) continue;
        // a shell-form ENTRYPOINT ignores CMD; in exec form CMD would be appended to it
        if (ins.keyword === 'ENTRYPOINT' && hasCmd) continue;
        // with an ENTRYPOINT, CMD is its arguments: a different argv changes what it gets
        if (ins.keyword === 'CMD' && hasEntrypoint) continue;
        const argv = plainArgv(ins);
        if (!argv || !ins.argsSpan) continue;
        const json = '[' + argv.map((a) => JSON.stringify(a)).join(', ') + ']';
        changes.add(
          `${ins.keyword} in exec form`,
          `In shell form Docker runs /bin/sh -c "${argv.join(' ')}": the shell is PID 1 and does not pass SIGTERM on, so \`docker stop\` waits 10 seconds and kills the program. The exec form starts the program directly with the same arguments.`,
          [{ start: ins.argsSpan.startOffset, end: ins.argsSpan.endOffset, text: json }],
        );
      }
    }
    return changes.output();
  },
};
