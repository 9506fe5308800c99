/**
 * The gcr.io/distroless/python3 runtime of the Python multi-stage split (profile 'smallest'):
 * whether a build surely runs there, and what its stages then need; otherwise why not.
 */
import type { DockerfileModel, Instruction } from '../model/types';
import { commandsOf, editableScript } from './edit';
import { pipInstallWord } from './facts';
import { chownsUnknownUser, interpreterStart, DISTROLESS_DEBIAN, DISTROLESS_PYTHON_VERSION, DISTROLESS_RELEASE, PREVIOUS_DEPRECATED } from './distroless';

/**
 * Debian's Python in the maintained distroless python3 image. Compiled packages are built for one
 * Python minor version and need a glibc no newer than the runtime's: the builder moves to the same Debian release.
 */
const SUITES: Record<number, { suite: string; debian: string }> = { 12: { suite: 'bookworm', debian: 'Debian 12' }, 13: { suite: 'trixie', debian: 'Debian 13' } };
const DISTROLESS_PYTHON: Record<string, { image: string; suite: string; debian: string }> = {
  [DISTROLESS_PYTHON_VERSION]: { image: `gcr.io/distroless/python3-${DISTROLESS_RELEASE}:nonroot`, ...SUITES[DISTROLESS_DEBIAN] },
};
const SUITE = /^(bookworm|bullseye|buster|trixie)$/;
/** where Debian's interpreter is in distroless (its own ENTRYPOINT is /usr/bin/python3.X) */
const INTERPRETER = '/usr/bin/python3';
const PYTHON_WORD = /^python(3(\.\d+)?)?$/;
/** interpreter flags that leave the import path alone (-I and -s would drop site directories) */
const IMPORT_NEUTRAL_FLAG = /^-(u|B|O|OO|E)$/;

export interface DistrolessPython {
  image: string;
  /** the builder's tag on the same Debian release as the runtime */
  builderTag: string;
  /** the venv's site-packages in the builder, copied alone */
  sitePackages: string;
  /**
   * where they land: the site directory Debian's interpreter reads after the standard library
   * (with its .pth files), so a stray backport (enum34, typing) cannot shadow a standard module
   * as it would from PYTHONPATH, which comes first
   */
  siteDir: string;
  /** the start instructions as the runtime stage writes them */
  start: Map<Instruction, string>;
  why: string;
}

export interface PythonSplit {
  model: DockerfileModel;
  tag: string;
  family: string;
  venv: string;
  /** the stage's instructions after FROM */
  list: Instruction[];
  pipRuns: Instruction[];
  /** RUN steps the runtime stage keeps */
  runtimeRuns: Instruction[];
  /** packages the runtime would install, or -dev packages whose runtime library is unknown */
  runtimePackages: string[];
}

export const CHOWN_REASON = 'a COPY --chown names a user or group that distroless does not define';

/**
 * Why a runtime without apt or a shell (distroless) could not take the split's runtime stage:
 * packages it would install, RUN steps left for it, or a HEALTHCHECK; null when none.
 */
export function needsShellOrApt(split: PythonSplit): string | null {
  if (split.runtimePackages.length) return `the runtime needs ${split.runtimePackages.join(', ')} and distroless has no apt to install them`;
  if (split.runtimeRuns.length) return 'a RUN step is left for the runtime stage, and distroless has no shell to run it';
  if (split.list.some((i) => i.keyword === 'HEALTHCHECK' && i.words[0]?.value.toUpperCase() !== 'NONE')) {
    return 'the HEALTHCHECK needs a shell or a tool (curl, python) that distroless does not have on PATH';
  }
  return null;
}

export function setsPythonPath(list: readonly Instruction[]): boolean {
  return list.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'PYTHONPATH'));
}

/** `pip install -e` in one of the split's pip steps */
export function hasEditableInstall(split: PythonSplit): boolean {
  return split.pipRuns.some((i) => commandsOf(editableScript(split.model, i)!).some((c) => pipInstallWord(c) && c.args.some((a) => a === '-e' || a.startsWith('--editable'))));
}

/** The distroless runtime for the split, or the reason it would not surely run. */
export function distrolessPython(split: PythonSplit): DistrolessPython | { reason: string } {
  const { model, tag, list, venv } = split;
  if (split.family === 'alpine') return { reason: 'its packages are built for Alpine\'s musl, and distroless is Debian (glibc)' };
  const [version, ...variant] = tag.split('-');
  const minor = /^(3\.\d+)(\.\d+)?$/.exec(version)?.[1];
  const target = minor ? DISTROLESS_PYTHON[minor] : undefined;
  const slim = variant[0] === 'slim';
  const rest = slim ? variant.slice(1) : variant;
  if (!target || rest.length > 1 || (rest.length === 1 && !SUITE.test(rest[0]))) {
    return { reason: `its maintained image (python3-${DISTROLESS_RELEASE}) has Python ${DISTROLESS_PYTHON_VERSION} only (${PREVIOUS_DEPRECATED}), and compiled packages work only with the Python minor version they were built for; this image's tag is ${tag}` };
  }
  const missing = needsShellOrApt(split);
  if (missing) return { reason: missing };
  if (chownsUnknownUser(list)) return { reason: CHOWN_REASON };
  if (hasEditableInstall(split)) return { reason: 'an editable install (pip install -e) points at the builder\'s source tree through its .pth file' };
  const start = pythonStart(model, list);
  if ('reason' in start) return start;

  // a suite variant of a patch release (3.11.2-slim-bookworm) may not exist for early patches of a line;
  // the minor version's suite tag always does, and distroless brings its own Python anyway
  const builderVersion = rest.length ? version : minor;
  const builderTag = [builderVersion, ...(slim ? ['slim'] : []), target.suite].join('-');
  const sitePackages = `${venv}/lib/python${minor}/site-packages`;
  const hasEntrypoint = list.some((i) => i.keyword === 'ENTRYPOINT');
  return {
    image: target.image,
    builderTag,
    sitePackages,
    siteDir: `/usr/local/lib/python${minor}/dist-packages`,
    start: start.lines,
    why:
      `The builder is python:${builderTag}, the same ${target.debian} (${target.suite}) release as the runtime, so compiled packages are built for Python ${minor} and need no newer glibc than the runtime has; ` +
      `it installs the dependencies into a virtual environment at ${venv}. The runtime stage is ${target.image}: Debian's Python ${minor} at ${INTERPRETER}, ` +
      'a nonroot user, no shell, pip or apt, and less than half the size of -slim. ' +
      `The venv itself cannot be copied there (its bin/python, which console scripts such as gunicorn start through, links to the builder's /usr/local/bin/python), so only its site-packages are, into /usr/local/lib/python${minor}/dist-packages, the directory Debian's Python reads after its standard library (with .pth files); ` +
      (hasEntrypoint
        ? `the ENTRYPOINT now names ${INTERPRETER}. `
        : 'distroless\'s ENTRYPOINT is the interpreter, so CMD keeps only the script or module and its arguments. ') +
      'A package that needs a system library distroless lacks fails at import; `docker exec` has no shell: the :debug tag of the image adds busybox for that.',
  };
}

/**
 * The start instructions rewritten for the distroless interpreter, when the program is started as
 * `python <script.py>` or `python -m <module>`. Console scripts (gunicorn, uvicorn...) are not:
 * their #! line names the venv's python, a link to the builder's interpreter.
 */
function pythonStart(model: DockerfileModel, list: Instruction[]): { lines: Map<Instruction, string> } | { reason: string } {
  return interpreterStart(model, list, INTERPRETER, pythonProgram, (argv) =>
    `${argv?.[0] && !PYTHON_WORD.test(argv[0]) ? `the program starts with \`${argv[0]}\`,` : 'the start command is'} not \`python <script.py>\` or \`python -m <module>\`: console scripts start through the venv's bin/python, a link to the builder's /usr/local/bin/python that distroless lacks`);
}

function pythonProgram(argv: string[]): boolean {
  if (!PYTHON_WORD.test(argv[0] ?? '')) return false;
  let i = 1;
  while (IMPORT_NEUTRAL_FLAG.test(argv[i] ?? '')) i++;
  if (argv[i] === '-m') return /^[A-Za-z_][\w.]*$/.test(argv[i + 1] ?? '');
  return /^[^-$].*\.py$/.test(argv[i] ?? '');
}
