import type { Rule } from '../types';
import type { ShellCommand } from '../../shell/types';
import { buildCommands, commandSpan } from '../helpers';
import { unwrapCommand } from '../../shell/query';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
const INTERPRETERS = /^(?:sh|bash|dash|ash|zsh|ksh|mksh|python[0-9.]*|perl|ruby|node|php)$/;

/** True when the downloader writes the body to stdout (curl without -o/-O, wget -O -). */
function toStdout(cmd: ShellCommand): boolean {
  const args = cmd.args;
  if (cmd.base === 'wget') {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if ((a === '-O' || a === '--output-document') && args[i + 1] === '-') return true;
      if (a === '--output-document=-' || /^-[a-zA-Z]*O-$/.test(a)) return true;
      if (/^-[a-zA-Z]*O$/.test(a) && args[i + 1] === '-') return true;
    }
    return false;
  }
  if (cmd.base === 'curl') {
    return !args.some((a) => a === '-o' || a === '-O' || a === '--output' || a.startsWith('--output=') || a === '--remote-name' || a === '--remote-name-all' || /^-[a-zA-Z]*[oO][a-zA-Z]*$/.test(a));
  }
  return true;
}

/** True when the interpreter reads its program from stdin (no script file argument, or -s / -). */
function readsStdin(cmd: ShellCommand): boolean {
  const positional = cmd.args.filter((a) => !a.startsWith('-'));
  if (cmd.args.includes('-c') || cmd.args.includes('-e')) return false;
  return positional.length === 0 || cmd.args.includes('-s') || cmd.args.includes('-') || positional[0] === '-';
}

/**
 * Downloading a script and running it straight from the pipe (`curl ... | sh`, `sh -c "$(curl ...)"`,
 * `bash <(curl ...)`): whatever the server sends runs as root in the build, with no checksum or
 * signature check. (Pipe failure handling is a separate rule, DL4006.)
 */
export const rule: Rule = {
  id: 'curl-pipe-to-shell',
  title: 'Downloaded script run without verification',
  category: 'security',
  severity: 'warning',
  aliases: [],
  lesson: 'security',
  explanation:
    'curl ... | sh runs whatever the server returns at that moment, as root inside the build, with nothing checking that it is the script you reviewed. A compromised or changed server, or a truncated download, ends up in your image. Download to a file, check its SHA-256 (or signature), then run it.',
  examples: {
    bad: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh',
    good:
      'FROM debian:12\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "3b0c...e1  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh && rm /tmp/install.sh',
  },
  check(ctx) {
    const { model } = ctx;
    const seen = new Set<string>();
    for (const { ins, embedded, cmd: outer } of buildCommands(model)) {
      const cmds = embedded.script.commands;
      // `sudo bash -s`: look through wrappers, but keep `sh -c` itself (its argument is checked below)
      const unwrapped = ['sudo', 'env', 'doas'].includes(outer.base) ? unwrapCommand(outer) : [outer];
      const cmd = unwrapped.length === 1 ? { ...unwrapped[0], pipeline: outer.pipeline } : outer;
      let hit = false;
      // curl ... | sh
      if (INTERPRETERS.test(cmd.base) && cmd.pipeline.index > 0 && readsStdin(cmd)) {
        hit = cmds.some((c) => c.pipeline.id === cmd.pipeline.id && c.pipeline.index < cmd.pipeline.index && DOWNLOADERS.has(c.base) && toStdout(c));
      }
      // sh -c "$(curl ...)" and bash <(curl ...)
      if (!hit && INTERPRETERS.test(cmd.base)) {
        hit = cmd.argv.slice(1).some((w) =>
          w.parts.some((p) => {
            const parts = p.kind === 'dq' ? p.parts ?? [] : [p];
            return parts.some(
              (q) => q.kind === 'cmdsubst' && cmds.some((c) => c.start >= q.start && c.end <= q.end && DOWNLOADERS.has(c.base) && toStdout(c)),
            );
          }),
        );
      }
      if (!hit) continue;
      const key = `${ins.index}:${cmd.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        span: commandSpan(model, embedded, outer),
        message: `A downloaded script is piped straight into ${cmd.base}: nothing checks what the server sent. Download it to a file, verify its checksum or signature, then run it.`,
      });
    }
  },
};
