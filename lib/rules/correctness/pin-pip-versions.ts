import type { Rule } from '../types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { positionals, reportSpan, runCommandsByInstruction } from './_run-commands';

/** pip options (global and `install`) followed by a separate value word. */
const PIP_VALUE_OPTIONS = [
  '-b', '--build', '-e', '--editable', '--extra-index-url', '-f', '--find-links', '-i', '--index-url', '--implementation',
  '--no-binary', '--only-binary', '--platform', '--prefix', '--progress-bar', '--proxy', '--python-version', '--root', '--src',
  '-t', '--target', '--trusted-host', '--upgrade-strategy', '--abi', '-c', '--constraint', '-r', '--requirement', '--log',
  '--cache-dir', '--timeout', '--retries', '--global-option', '--install-option', '-C', '--config-settings', '--exists-action',
  '--cert', '--client-cert', '--report', '--python',
];
const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const LOCAL_FILES = ['.whl', '.tar.gz', '.zip', '.tgz', '.tar.bz2'];

/** The words after `install` of `pip install` / `python -m pip install`, or null for other commands. */
function pipInstallArgs(cmd: ShellCommand): ShellWord[] | null {
  let words: ShellWord[];
  if (/^pip\d*(\.\d+)*$/.test(cmd.base)) {
    words = positionals(cmd, PIP_VALUE_OPTIONS);
  } else if (/^python\d*(\.\d+)*$/.test(cmd.base)) {
    const m = cmd.args.indexOf('-m');
    if (m < 0 || cmd.args[m + 1] !== 'pip') return null;
    // argv[m + 1] is -m: pip's own arguments follow the module name
    words = positionals({ ...cmd, argv: [cmd.argv[0], ...cmd.argv.slice(m + 3)] }, PIP_VALUE_OPTIONS);
  } else return null;
  if (!words.length || words[0].value !== 'install') return null;
  return words.slice(1);
}

/** Installs from a requirements/constraints file or the local project pin elsewhere (hadolint skips them). */
function installsFromFile(cmd: ShellCommand): boolean {
  return cmd.args.some((a) => a === '-r' || a === '--requirement' || a.startsWith('--requirement=') || (a.startsWith('-r') && !a.startsWith('--') && a.length > 2) || a === '.' || a === '-c' || a === '--constraint' || a.startsWith('--constraint='));
}

function pinned(word: ShellWord): boolean {
  const v = word.value;
  if (!word.literal && !word.parts.some((p) => p.kind === 'lit' && /[A-Za-z0-9]/.test(p.raw))) return true;
  if (v.startsWith('git+')) {
    // git+https://host/org/repo.git@v1.2#egg=x: the ref comes after the last path segment
    const path = v.split('#')[0];
    return path.slice(path.lastIndexOf('/') + 1).includes('@');
  }
  if (VERSION_OPERATORS.some((op) => v.includes(op))) return true;
  if (LOCAL_FILES.some((ext) => v.endsWith(ext))) return true;
  // a local directory, a file or a URL: not a name resolved against the index
  return v.includes('/') || v.startsWith('.');
}

export const rule: Rule = {
  id: 'pin-pip-versions',
  title: 'pip install without pinned versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3013'],
  lesson: 'layers',
  explanation:
    'pip install name fetches the newest release on the day of the build, so the same Dockerfile can produce different images and a new upstream release can break a rebuild. Pin versions (name==1.2.3) or install from a requirements or constraints file that pins them.',
  examples: {
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { commands } of runCommandsByInstruction(model)) {
      for (const f of commands) {
        const pkgs = pipInstallArgs(f.cmd);
        if (!pkgs || installsFromFile(f.cmd)) continue;
        const loose = pkgs.filter((w) => !pinned(w));
        if (!loose.length) continue;
        ctx.report({
          span: reportSpan(model, f),
          message: `pip installs the newest release at build time for ${loose.map((w) => w.value).slice(0, 3).join(', ')}${loose.length > 3 ? ', ...' : ''}: pin them (name==version) or use a requirements file.`,
        });
        break;
      }
    }
  },
};
