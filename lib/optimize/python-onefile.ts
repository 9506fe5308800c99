/**
 * The article's own technique, made to run: the Python multi-stage split's runtime as a PyInstaller
 * one-file executable on gcr.io/distroless/cc (profile 'smallest', when distroless python cannot
 * take the build). Whether a build surely fits, and what its stages then need; otherwise why not.
 */
import type { Instruction } from '../model/types';
import { commandsOf, editableScript, isAptInstall } from './edit';
import { DEBIAN_GONE_FROM_MIRRORS, installedPackages } from './facts';
import { chownsUnknownUser, debianReleaseOfTag, interpreterStart, DISTROLESS_DEBIAN, DISTROLESS_RELEASE } from './distroless';
import { CHOWN_REASON, hasEditableInstall, needsShellOrApt, setsPythonPath, type PythonSplit } from './python-distroless';

/** where the builder writes the executable (an absolute --distpath: the WORKDIR does not matter) */
export const BUNDLE_DIR = '/opt/bundle';
const PYTHON_WORD = /^python(3(\.\d+)?)?$/;
/** packages that bring objdump and objcopy, which PyInstaller needs on Linux (the full images have them, -slim does not) */
const BINUTILS = new Set(['binutils', 'gcc', 'g++', 'build-essential']);
/** a script PyInstaller can start from, and a name it can give the executable */
const SCRIPT = /^\/?(?:[\w.-]+\/)*([A-Za-z_][\w-]*)\.py$/;

export interface OnefilePython {
  image: string;
  /** the builder's commands after the dependencies (PyInstaller into the venv), and after the sources (the bundle) */
  tools: string[];
  bundleCommand: string;
  /** the executable in the builder, and where the runtime keeps it */
  bundle: string;
  binary: string;
  start: Map<Instruction, string>;
  why: string;
}

/** The one-file runtime for the split, or the reason it would not surely run. */
export function onefilePython(split: PythonSplit): OnefilePython | { reason: string } {
  const { model, tag, list } = split;
  if (split.family === 'alpine') return { reason: 'its packages are built for Alpine\'s musl, and distroless is Debian (glibc)' };
  const missing = needsShellOrApt(split);
  if (missing) return { reason: missing };
  if (setsPythonPath(list)) return { reason: 'the file sets PYTHONPATH, which neither PyInstaller\'s search for imports nor the executable reads' };
  if (chownsUnknownUser(list)) return { reason: CHOWN_REASON };
  if (hasEditableInstall(split)) return { reason: 'an editable install (pip install -e) is found through a .pth file, which PyInstaller does not follow' };

  let script = '';
  const start = interpreterStart(
    model,
    list,
    '',
    (argv) => PYTHON_WORD.test(argv[0] ?? '') && SCRIPT.test(argv[1] ?? ''),
    () => 'the start command is not `python <script.py>`, the one form PyInstaller turns into an executable as it stands',
    (argv) => {
      // ENTRYPOINT ["python"] with the script in CMD: the executable would take the place of both
      if (!SCRIPT.test(argv[1] ?? '')) return argv;
      script = argv[1];
      return [binaryOf(script), ...argv.slice(2)];
    },
  );
  if ('reason' in start) return start;
  if (!script) return { reason: 'the script is named in CMD while ENTRYPOINT starts the interpreter' };
  // PyInstaller comes from the index, which the build turned off or replaced
  if (list.some((i) => (i.keyword === 'ENV' || i.keyword === 'ARG') && /\bPIP_(NO_INDEX|INDEX_URL)\b/.test(i.argsText))) return { reason: 'pip is pointed away from PyPI (PIP_NO_INDEX or PIP_INDEX_URL), where PyInstaller would come from' };
  if (/(^|\/)manage\.py$/.test(script)) {
    return { reason: 'Django loads its apps, middleware and settings by name, which PyInstaller cannot follow, and its runserver restarts itself through the interpreter' };
  }

  // PyInstaller 6 needs Python 3.8; 5.13 is the last line for 3.7
  const minor = /^3\.(\d+)/.exec(tag)?.[1];
  if (minor !== undefined && Number(minor) < 7) return { reason: `no PyInstaller release that still supports Python 3.${minor} can be trusted to run today` };
  const pin = minor === '7' ? 'pyinstaller~=5.13' : 'pyinstaller~=6.0';

  const name = SCRIPT.exec(script)![1];
  const hasBinutils = !tag.split('-').includes('slim') || list.some((i) => {
    const s = i.keyword === 'RUN' ? editableScript(model, i) : null;
    return !!s && commandsOf(s).some((c) => isAptInstall(c) && installedPackages(c).some((p) => BINUTILS.has(p)));
  });
  // Debian removed these releases from its mirrors: an apt-get update for binutils would fail (404)
  const archived = tag.split('-').find((w) => DEBIAN_GONE_FROM_MIRRORS.has(w));
  if (archived && !hasBinutils) return { reason: `PyInstaller needs binutils, and ${archived} is no longer on Debian's mirrors, so apt-get cannot install it` };
  const named = tag.split('-').map((w) => SUITE_RELEASE[w]).find((r) => r !== undefined);
  const release = debianReleaseOfTag('python', tag) ?? named ?? DISTROLESS_DEBIAN;
  const image = `gcr.io/distroless/cc-${DISTROLESS_RELEASE}:nonroot`;
  return {
    image,
    // a compatible-release pin: one major version, whose hooks know the packages of its time
    tools: [
      ...(hasBinutils ? [] : ['apt-get update', 'apt-get install -y --no-install-recommends binutils', 'rm -rf /var/lib/apt/lists/*']),
      `pip install ${pin}`,
    ],
    bundleCommand: `pyinstaller --onefile --name ${name} --distpath ${BUNDLE_DIR} ${script}`,
    bundle: `${BUNDLE_DIR}/${name}`,
    binary: binaryOf(script),
    start: start.lines,
    why:
      `The builder installs the dependencies into a virtual environment, then PyInstaller${hasBinutils ? '' : ' (with binutils, whose objdump and objcopy it needs and -slim lacks)'} packs ${script}, the Python interpreter and every module it imports into one compressed executable (the article's technique). ` +
      `It runs on ${image}, not scratch: the executable is linked against the builder's glibc and unpacks itself into /tmp when it starts, and this image has glibc, libstdc++ (which compiled packages often need), a writable /tmp and CA certificates, ` +
      `from Debian ${DISTROLESS_DEBIAN}, ${release === DISTROLESS_DEBIAN ? 'the release the builder is on' : `which also runs what was built on Debian ${release} (distroless updates only its Debian ${DISTROLESS_DEBIAN} images)`}; it runs as the nonroot user. ` +
      'Your files are still copied next to it, so files read from the working directory are found. Review before you ship: PyInstaller finds the imports it can see, so a module imported by name at run time ' +
      '(plugins, `importlib`, an app named in a string) needs `--hidden-import` or `--collect-all`, and files read relative to `__file__` (Flask finds its templates and static folders that way) must be added with `--add-data`. Start the image once to check.',
  };
}

const SUITE_RELEASE: Record<string, number> = { jessie: 8, stretch: 9, buster: 10, bullseye: 11, bookworm: 12, trixie: 13 };

function binaryOf(script: string): string {
  return `/usr/local/bin/${SCRIPT.exec(script)![1]}`;
}
