/** apk details shared by the apk rules (DL3018, DL3019). */
import type { ShellCommand, ShellWord } from '../../shell/types';
import { positionals, subcommandWord } from './_run-commands';

/** apk options followed by a separate value word (global ones and those of `add`). */
export const APK_VALUE_OPTIONS = ['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '-t', '--virtual', '--timeout'];

export function apkAddWord(cmd: ShellCommand): ShellWord | null {
  if (cmd.base !== 'apk') return null;
  return subcommandWord(cmd, APK_VALUE_OPTIONS, ['add']);
}

/** Package words of `apk add` (after `add`, option values skipped). */
export function apkPackages(cmd: ShellCommand): ShellWord[] {
  return positionals(cmd, APK_VALUE_OPTIONS).slice(1);
}
