/** apt-get details shared by the apt rules (DL3008, DL3009, DL3014, DL3015). */
import type { ShellCommand, ShellWord } from '../../shell/types';
import { subcommandWord } from './_run-commands';

/** apt-get options followed by a separate value word. */
export const APT_GET_VALUE_OPTIONS = ['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release', '-a', '--host-architecture'];

/** The `install` word of an `apt-get install` command, or null for any other command. */
export function aptGetInstallWord(cmd: ShellCommand): ShellWord | null {
  if (cmd.base !== 'apt-get') return null;
  return subcommandWord(cmd, APT_GET_VALUE_OPTIONS, ['install']);
}

/** Values given with -o/--option (`-o APT::Install-Recommends=false`, `-oX=y`, `--option=X=y`). */
export function aptOptions(cmd: ShellCommand): string[] {
  const out: string[] = [];
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if ((a === '-o' || a === '--option') && i + 1 < args.length) out.push(args[++i]);
    else if (a.startsWith('--option=')) out.push(a.slice('--option='.length));
    else if (a.startsWith('-o') && !a.startsWith('--') && a.length > 2) out.push(a.slice(2));
  }
  return out;
}

/** True when an apt option sets `name` to a false value (`APT::Install-Recommends=false`, `=0`). */
export function aptOptionOff(cmd: ShellCommand, name: string): boolean {
  return aptOptions(cmd).some((o) => {
    const eq = o.indexOf('=');
    if (eq < 0 || o.slice(0, eq).toLowerCase() !== name.toLowerCase()) return false;
    return /^["']?(false|0|no|off)["']?$/i.test(o.slice(eq + 1).trim());
  });
}

/** True when an apt option sets `name` to a true value. */
export function aptOptionOn(cmd: ShellCommand, name: string): boolean {
  return aptOptions(cmd).some((o) => {
    const eq = o.indexOf('=');
    if (eq < 0 || o.slice(0, eq).toLowerCase() !== name.toLowerCase()) return false;
    return /^["']?(true|1|yes|on)["']?$/i.test(o.slice(eq + 1).trim());
  });
}
