/**
 * Small questions rules ask about parsed commands. Flags are read from argument values, so a
 * flag hidden in a variable (`apt-get $OPTS install`) is invisible: rules should treat a
 * missing flag on a command with non-literal words as "unknown", not "absent", when it matters.
 */
import { parseShellAt } from './parse';
import type { ShellAssignment, ShellCommand, ShellScript, ShellWord } from './types';

/** Commands whose basename is one of `names` (`/usr/bin/apt-get` matches `apt-get`). */
export function commandsNamed(script: ShellScript | readonly ShellCommand[], ...names: string[]): ShellCommand[] {
  const commands = 'commands' in script ? script.commands : script;
  return commands.filter((c) => names.includes(c.base));
}

function isLong(arg: string): boolean {
  return arg.length > 2 && arg.startsWith('--');
}

function isShortCluster(arg: string): boolean {
  return arg.length > 1 && arg[0] === '-' && arg[1] !== '-';
}

/**
 * True when any of `flags` is given before `--`. Understands short clusters (`-qy` has `-q`
 * and `-y`), long flags with values (`--target=x` has `--target`) and exact single-dash long
 * options (`-name`). A cluster is read letter by letter, so a short option whose value is glued
 * on (`-ofile`) can produce false hits for the letters of its value.
 */
export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  for (const arg of cmd.args) {
    if (arg === '--') return false;
    if (flags.includes(arg)) return true;
    if (isLong(arg)) {
      const eq = arg.indexOf('=');
      if (eq > 0 && flags.includes(arg.slice(0, eq))) return true;
    } else if (isShortCluster(arg)) {
      for (let i = 1; i < arg.length; i++) if (flags.includes('-' + arg[i])) return true;
    }
  }
  return false;
}

/**
 * Every value given to one of `names` before `--`: `-o x`, `-ox`, `-qo x`, `--output=x`,
 * `--output x`. Short names are single letters with a dash (`-o`), long ones start with `--`.
 */
export function flagValues(cmd: ShellCommand, ...names: string[]): string[] {
  const out: string[] = [];
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (names.includes(arg)) {
      if (i + 1 < args.length) out.push(args[++i]);
      continue;
    }
    if (isLong(arg)) {
      const eq = arg.indexOf('=');
      if (eq > 0 && names.includes(arg.slice(0, eq))) out.push(arg.slice(eq + 1));
    } else if (isShortCluster(arg)) {
      for (let j = 1; j < arg.length; j++) {
        if (!names.includes('-' + arg[j])) continue;
        if (j + 1 < arg.length) out.push(arg.slice(j + 1));
        else if (i + 1 < args.length) out.push(args[++i]);
        break;
      }
    }
  }
  return out;
}

/** The first value given to one of `names`, or null. */
export function flagValue(cmd: ShellCommand, ...names: string[]): string | null {
  const values = flagValues(cmd, ...names);
  return values.length > 0 ? values[0] : null;
}

/**
 * The argument words that are not options, skipping the values of `optionsTakingValue`
 * (`-o`, `--output`: both `-o x` and `-qo x` skip `x`). Everything after `--` is positional;
 * a lone `-` (stdin) is positional.
 */
export function positionalWords(cmd: ShellCommand, optionsTakingValue: readonly string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  const words = cmd.argv;
  let optionsDone = false;
  for (let i = 1; i < words.length; i++) {
    const arg = words[i].value;
    if (optionsDone || arg === '-' || arg[0] !== '-') {
      out.push(words[i]);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    if (optionsTakingValue.includes(arg)) {
      i++;
      continue;
    }
    if (isShortCluster(arg)) {
      // a value option inside a cluster takes the rest of the cluster, or the next word
      for (let j = 1; j < arg.length; j++) {
        if (!optionsTakingValue.includes('-' + arg[j])) continue;
        if (j === arg.length - 1) i++;
        break;
      }
    }
  }
  return out;
}

export function positionalArgs(cmd: ShellCommand, optionsTakingValue: readonly string[] = []): string[] {
  return positionalWords(cmd, optionsTakingValue).map((w) => w.value);
}

/** The first positional argument (`install` in `apt-get -y install x`), or null. */
export function subcommand(cmd: ShellCommand, optionsTakingValue: readonly string[] = []): string | null {
  const words = positionalWords(cmd, optionsTakingValue);
  return words.length > 0 ? words[0].value : null;
}

/** How to step over a wrapper's own options to reach the command it runs. */
interface Wrapper {
  /** options followed by a separate value word */
  withValue: readonly string[];
  /** positional arguments of the wrapper itself before the command (`timeout 10 cmd`) */
  leading?: number;
  /** `NAME=value` words before the command are assignments (env, sudo) */
  assignments?: boolean;
}

const WRAPPERS: Record<string, Wrapper> = {
  sudo: { withValue: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--chdir'], assignments: true },
  doas: { withValue: ['-u', '-C'] },
  env: { withValue: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'], assignments: true },
  nice: { withValue: ['-n', '--adjustment'] },
  ionice: { withValue: ['-c', '-n', '-p', '-P', '-u', '--class', '--classdata'] },
  nohup: { withValue: [] },
  time: { withValue: ['-f', '-o', '--format', '--output'] },
  command: { withValue: [] },
  builtin: { withValue: [] },
  exec: { withValue: ['-a'] },
  stdbuf: { withValue: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  timeout: { withValue: ['-s', '-k', '--signal', '--kill-after'], leading: 1 },
  xargs: {
    withValue: ['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-lines', '--max-args', '--max-procs', '--max-chars', '--replace', '--eof'],
  },
  chroot: { withValue: ['--userspec', '--groups'], leading: 1 },
  gosu: { withValue: [], leading: 1 },
  'su-exec': { withValue: [], leading: 1 },
  tini: { withValue: ['-s', '-p', '-e'] },
  'dumb-init': { withValue: ['-r', '--rewrite'] },
};

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox-sh']);

/**
 * The command(s) that actually run: steps through wrappers (`sudo -u x env A=1 nice -n 5 apt-get`)
 * and parses `sh -c '...'` / `bash -c "..."` scripts. Returned commands are copies pointing at
 * the original words; commands parsed from a `-c` string carry their own `index` numbering.
 * `command -v`/`-V` only look a name up, so nothing runs: the result is empty.
 * A command that is not a wrapper is returned as is.
 */
export function unwrapCommand(cmd: ShellCommand): readonly ShellCommand[] {
  // commands come from remembered shell trees, so most rules on most keystrokes ask again
  let found = unwrapped.get(cmd);
  if (!found) unwrapped.set(cmd, (found = unwrap(cmd, 0)));
  return found;
}

const unwrapped = new WeakMap<ShellCommand, readonly ShellCommand[]>();

function unwrap(cmd: ShellCommand, depth: number): ShellCommand[] {
  if (depth > 8) return [cmd];
  if (SHELLS.has(cmd.base)) {
    const inner = shellScriptArg(cmd);
    if (inner === null) return [cmd];
    const word = inner;
    // exact offsets when the script is one quoted or plain literal; otherwise approximate
    const exact = word.parts.length === 1 && (word.parts[0].kind === 'sq' || word.parts[0].kind === 'lit');
    const offset = exact && word.parts[0].kind === 'sq' ? word.start + 1 : word.start;
    const script = parseShellAt(word.value, offset);
    return script.commands.flatMap((c) => unwrap({ ...c, context: [...cmd.context, ...c.context] }, depth + 1));
  }
  const wrapper = WRAPPERS[cmd.base];
  if (wrapper === undefined) return [cmd];
  if (cmd.base === 'command' && hasFlag(cmd, '-v', '-V')) return [];
  const words = cmd.argv;
  const assignments: ShellAssignment[] = [];
  let i = 1;
  let leading = wrapper.leading ?? 0;
  for (; i < words.length; i++) {
    const arg = words[i].value;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg.length > 1 && arg[0] === '-') {
      if (wrapper.withValue.includes(arg)) i++;
      continue;
    }
    const eq = arg.indexOf('=');
    if (wrapper.assignments && eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(arg.slice(0, eq))) {
      const w = words[i];
      assignments.push({ name: arg.slice(0, eq), value: arg.slice(eq + 1), word: w, start: w.start, end: w.end });
      continue;
    }
    if (leading > 0) {
      leading--;
      continue;
    }
    break;
  }
  if (i >= words.length) return [];
  const argv = words.slice(i);
  const name = argv[0].value;
  const slash = name.lastIndexOf('/');
  const inner: ShellCommand = {
    ...cmd,
    name,
    base: slash >= 0 && slash < name.length - 1 ? name.slice(slash + 1) : name,
    argv,
    args: argv.slice(1).map((w) => w.value),
    assignments: [...cmd.assignments, ...assignments],
    start: argv[0].start,
  };
  return unwrap(inner, depth + 1);
}

/** The script word of `sh [options] -c script`, or null when the shell runs a file or stdin. */
function shellScriptArg(cmd: ShellCommand): ShellWord | null {
  const words = cmd.argv;
  let sawC = false;
  for (let i = 1; i < words.length; i++) {
    const arg = words[i].value;
    if (arg === '--') continue;
    if (arg.length > 1 && (arg[0] === '-' || arg[0] === '+')) {
      if (arg[0] === '-' && arg[1] !== '-' && arg.includes('c')) sawC = true;
      // `-o pipefail`, `-eo pipefail`, `+o errexit`: an o/O ending a cluster takes the next word
      const last = arg[arg.length - 1];
      if (arg[1] !== '-' && (last === 'o' || last === 'O')) i++;
      continue;
    }
    return sawC ? words[i] : null;
  }
  return null;
}
