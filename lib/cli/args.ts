import { isThreshold, type Threshold } from '../report/severity';
import { parseBytes } from '../report/bytes';

export type Format = 'text' | 'json' | 'sarif' | 'checkstyle' | 'gitlab';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'checkstyle', 'gitlab'];
export type Profile = 'safe' | 'recommended' | 'smallest';
const PROFILES: readonly Profile[] = ['safe', 'recommended', 'smallest'];

export interface CliArgs {
  command: 'lint' | 'optimize' | 'help' | 'version';
  files: string[];
  format: Format;
  failureThreshold: Threshold | null;
  ignore: string[];
  enable: string[];
  trustedRegistries: string[];
  config: string | null;
  context: string | null;
  contextBytes: number | null;
  target: string | null;
  color: boolean | null;
  noFail: boolean;
  profile: Profile;
  diff: boolean;
  timings: boolean;
  buildArgs: Record<string, string>;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set([
  '--format', '-f', '--failure-threshold', '-t', '--ignore', '--enable', '--trusted-registry', '--config', '-c',
  '--context', '--context-size', '--target', '--profile', '--build-arg',
]);

/** Parses argv (without node and script). Throws UsageError with a message for the user. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const a: CliArgs = {
    command: 'lint', files: [], format: 'text', failureThreshold: null, ignore: [], enable: [], trustedRegistries: [],
    config: null, context: null, contextBytes: null, target: null, color: null, noFail: false, profile: 'recommended', diff: false, timings: false, buildArgs: Object.create(null) as Record<string, string>,
  };
  let i = 0;
  if (argv[0] === 'optimize' || argv[0] === 'lint') {
    a.command = argv[0];
    i = 1;
  }
  let onlyFiles = false;
  for (; i < argv.length; i++) {
    let arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      a.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUE_OPTIONS.has(arg) && value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      value = argv[++i];
    }
    switch (arg) {
      case '-h': case '--help': a.command = 'help'; break;
      case '-v': case '--version': a.command = 'version'; break;
      case '-f': case '--format':
        if (!(FORMATS as readonly string[]).includes(value!)) throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
        a.format = value as Format;
        break;
      case '-t': case '--failure-threshold':
        if (!isThreshold(value!)) throw new UsageError(`unknown failure threshold "${value}" (use error, warning, info, style or none)`);
        a.failureThreshold = value as Threshold;
        break;
      case '--ignore': a.ignore.push(...splitList(value!)); break;
      case '--enable': a.enable.push(...splitList(value!)); break;
      case '--trusted-registry': a.trustedRegistries.push(...splitList(value!)); break;
      case '-c': case '--config': a.config = value!; break;
      case '--context': a.context = value!; break;
      case '--context-size': {
        const bytes = parseBytes(value!);
        if (bytes === null) throw new UsageError(`--context-size takes a size such as 250MB or 1.5GB, not "${value}"`);
        a.contextBytes = bytes;
        break;
      }
      case '--target': a.target = value!; break;
      case '--profile':
        if (!(PROFILES as readonly string[]).includes(value!)) throw new UsageError(`unknown profile "${value}" (use ${PROFILES.join(', ')})`);
        a.profile = value as Profile;
        break;
      case '--diff': a.diff = true; break;
      case '--timings': a.timings = true; break;
      case '--build-arg': {
        const eq = value!.indexOf('=');
        if (eq <= 0) throw new UsageError(`--build-arg takes NAME=VALUE, not "${value}"`);
        a.buildArgs[value!.slice(0, eq)] = value!.slice(eq + 1);
        break;
      }
      case '--no-fail': a.noFail = true; break;
      case '--color': a.color = true; break;
      case '--no-color': a.color = false; break;
      default: throw new UsageError(`unknown option ${arg}`);
    }
  }
  if ((a.command === 'lint' || a.command === 'optimize') && a.files.length === 0) {
    throw new UsageError('no Dockerfile given (pass a path, or - to read standard input)');
  }
  if (a.command === 'optimize' && a.files.length > 1 && a.format !== 'json') {
    throw new UsageError('optimize prints one Dockerfile: give one file, or use --format json for several');
  }
  return a;
}

function splitList(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

export const HELP = `layerlab: why is this Docker image big and unsafe, and how to make it small and safe.

Usage:
  layerlab [options] <Dockerfile|->...        lint and estimate sizes
  layerlab optimize [options] <Dockerfile|->  print the optimized Dockerfile

Options:
  -f, --format FORMAT            text (default), json, sarif, checkstyle, gitlab
  -t, --failure-threshold LEVEL  exit 1 when a finding is at LEVEL or above:
                                 error (default), warning, info, style, none
      --no-fail                  always exit 0 unless the input cannot be read
      --ignore RULE              skip a rule by id or alias (DL3008); repeatable, comma lists
      --enable RULE              switch on a rule that is off by default (DL3057)
      --trusted-registry HOST    allowed registry for FROM (repeatable)
  -c, --config FILE              config file (default: .layerlab.yaml or .hadolint.yaml here)
      --context DIR              build context (default: the Dockerfile's folder); its
                                 .dockerignore feeds the checks, and COPY sources and
                                 requirements*.txt are measured from it for the sizes
      --context-size SIZE        the context's size, e.g. 250MB, instead of measuring it
                                 (its requirements*.txt are still read)
      --target STAGE             the stage that ships (default: the last one)
      --build-arg NAME=VALUE     a build argument (resolves FROM; BUILDKIT_DOCKERFILE_CHECK
                                 replaces the # check= directive)
      --profile PROFILE          optimize: safe, recommended (default), smallest
      --diff                     optimize: print a unified diff instead of the file
      --timings                  print each file's full analysis time summary (median,
                                 p99, slowest) on stderr
      --color, --no-color        force colours on or off (default: on for a terminal)
  -h, --help                     this help
  -v, --version                  the version

Exit codes: 0 nothing at or above the threshold, 1 something was, 2 usage error or unreadable input.
`;
