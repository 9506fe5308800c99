import type { Instruction } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { DEBIAN_GONE_FROM_MIRRORS, isPip, pipInstallWord } from '../facts';
import { fromLine, installRun, METADATA, packagesOnly, replaceStage, runtimeTools, SHARED, source, splitPackages, toolsNote, writerFor, officialSingleStage, systemSetupIn, devEnvironment, downloadsBrowsers } from '../multistage';
import { distrolessPython } from '../python-distroless';
import { onefilePython } from '../python-onefile';
import { callsBuildTools } from './remove-build-toolchain';
import { requirementNames, sourceBuilt, SOURCE_BUILT, SYSTEM_LIBRARY, systemLibraryUsers } from '../python-source-built';
import { knownRequirementNames } from '../../size/context';
import { needsRoot } from '../root-needs';
import type { Pass } from '../types';

const VENV = '/opt/venv';
const SUITE = /^(bookworm|bullseye|buster|trixie)$/;

/** The runtime tag for a python build tag: 3.9 -> 3.9-slim, 3.9-bookworm -> 3.9-slim-bookworm; alpine and slim stay. */
export function runtimeTag(tag: string): string | null {
  const parts = tag.split('-');
  // a pre-release (3.11.0b4) has its -slim variants too
  if (!/^\d+(\.\d+)*((a|b|rc)\d+)?$/.test(parts[0])) return null;
  if (parts.includes('slim') || parts.includes('alpine') || parts.some((p) => p.startsWith('alpine'))) return tag;
  if (parts.length === 1) return `${tag}-slim`;
  if (parts.length === 2 && SUITE.test(parts[1])) return `${parts[0]}-slim-${parts[1]}`;
  return null;
}

const BUILD_COMMAND = /^(make|cmake|ninja|meson|gcc|g\+\+|cc|c\+\+|cargo|rustc|go|autoreconf|autogen\.sh|configure)$/;

function buildsFromSource(model: Parameters<typeof editableScript>[0], ins: Instruction): boolean {
  const s = editableScript(model, ins);
  const cmds = s ? commandsOf(s) : ins.scripts.flatMap((e) => e.script.commands);
  return cmds.some((c) => BUILD_COMMAND.test(c.base) || (/^python[\d.]*$/.test(c.base) && c.args[0] === 'setup.py'));
}

/** Package managers of other languages: what they install is not in the venv the runtime gets. */
const OTHER_INSTALLERS = new Set(['npm', 'yarn', 'pnpm', 'bower', 'gem', 'bundle', 'composer', 'cargo', 'go']);

function pipRun(model: Parameters<typeof editableScript>[0], ins: Instruction): boolean {
  const s = editableScript(model, ins);
  return !!s && commandsOf(s).some((c) => pipInstallWord(c) !== null);
}

export const pass: Pass = {
  id: 'multi-stage-python',
  title: 'Multi-stage build for a Python app',
  risk: 'structural',
  lesson: 'multi-stage',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const official = officialSingleStage(model, 'python');
    if (!official) return changes.output();
    const { stage, tag, family } = official;
    const rtTag = runtimeTag(tag);
    // Python 2 has no venv module
    if (!rtTag || /^2(\D|$)/.test(tag)) return changes.output();
    const list = stage.instructions.slice(1);
    if (downloadsBrowsers(list)) return changes.output();
    // a development environment: its tools are the point
    if (devEnvironment(model, stage)) return changes.output();
    // a start or step that names the image's own interpreter (/usr/local/bin/python) would not see the venv
    if (list.some((i) => ['CMD', 'ENTRYPOINT', 'RUN', 'HEALTHCHECK'].includes(i.keyword) && /(^|[\s"'[])\/usr\/(local\/)?bin\/python[\d.]*(?=$|[\s"',\]])/.test(i.argsText))) return changes.output();
    const pipRuns = list.filter((i) => pipRun(model, i));
    if (!pipRuns.length) return changes.output();
    // installs into the system site-packages, the user site, or an existing env: leave those alone
    for (const i of list) {
      const s = editableScript(model, i);
      if (!s) continue;
      for (const c of commandsOf(s)) {
        if (['conda', 'poetry', 'pipenv', 'uv', 'virtualenv', 'pdm', 'mamba'].includes(c.base)) return changes.output();
        if ((c.base.startsWith('python') && c.args.includes('venv')) || (isPip(c) && (c.name.includes('/') || c.args.some((a) => /^(--user|--target|--prefix|--root)(=|$)|^-t/.test(a))))) return changes.output();
      }
    }
    const lastPip = pipRuns[pipRuns.length - 1];
    const runtimePackages: string[] = [];
    const unknownDev: string[] = [];
    for (const ins of list) {
      // a pip RUN may install its build packages itself (apt-get install gcc libpq-dev && pip install ...): their runtime libraries count too
      const split = ins.keyword === 'RUN' && ins.index <= lastPip.index ? splitPackages(model, ins) : null;
      // the runtime stage would install them from the stock sources, without the repository they come from
      if (split?.fromAddedSource) return changes.output();
      split?.runtime.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
      if (split) unknownDev.push(...split.unknownDev);
    }
    const builderRuns = list.filter((i) => i.keyword === 'RUN' && i.index <= lastPip.index && (pipRun(model, i) || splitPackages(model, i) || packagesOnly(model, i)));
    // what such a RUN sets up besides packages (a locale, a link, a file in /etc) would stay in the builder
    if (builderRuns.some((i) => systemSetupIn(model, i))) return changes.output();
    // nor would node_modules or gems that another package manager installs there
    if (builderRuns.some((i) => commandsOf(editableScript(model, i)!).some((c) => OTHER_INSTALLERS.has(c.base)))) return changes.output();
    const runtimeRuns = list.filter((i) => i.keyword === 'RUN' && !builderRuns.includes(i));
    // a library built from source before pip (TA-Lib's ./configure && make install) is what pip builds
    // against: moved after pip, into a runtime without compilers, both steps would fail
    if (runtimeRuns.some((i) => i.index < lastPip.index && buildsFromSource(model, i))) return changes.output();
    // a step left for the runtime that compiles (gem install of a C extension, npm's node-gyp) would lose the compilers
    if (runtimeRuns.some((i) => callsBuildTools(i) && !pipRun(model, i))) return changes.output();
    const tools = runtimeTools(model, stage, runtimeRuns);
    const linked = runtimePackages.filter((p) => !tools.keep.includes(p));
    tools.keep.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
    // the full image has the -dev packages of buildpack-deps, so pip builds these from source
    // without any apt-get; -slim then lacks the library they link against
    const requirements = requirementNames(model, pipRuns, options.context);
    const fromFullImage = rtTag !== tag && family === 'debian';
    const sourceLibs = fromFullImage ? sourceBuilt(requirements).flatMap((n) => SOURCE_BUILT[n] ?? []) : [];
    // xgboost and LightGBM load the system's OpenMP runtime (which compilers bring along), python-magic libmagic: -slim lacks both
    const libraryUsers = systemLibraryUsers(requirements);
    const systemLibs = [...new Set(libraryUsers.map((n) => SYSTEM_LIBRARY[n][family === 'alpine' ? 1 : 0]))];
    sourceLibs.push(...systemLibs);
    sourceLibs.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
    // C++ extensions compiled on Alpine link libstdc++, which python:*-alpine lacks (Debian's -slim has it)
    const cxx = family === 'alpine' && builderRuns.some((i) => splitPackages(model, i)?.build.some((p) => /^(g\+\+|build-base|clang\d*)$/.test(p)));
    if (cxx && !runtimePackages.includes('libstdc++')) runtimePackages.push('libstdc++');
    // the runtime installs packages: only where the image's release still has its package mirrors and the names this knows
    if (runtimePackages.length && staleRelease(tag, family)) return changes.output();
    const split = { model, tag, family, venv: VENV, list, pipRuns, runtimeRuns, runtimePackages: [...runtimePackages, ...unknownDev] };
    // distroless (smallest only): no shell for `docker exec` or for a compose `command:` override, no
    // system libraries beyond glibc and libstdc++, and it runs as nonroot; -slim is what usually just works.
    // A program that needs root's files or rights (a dev server on a bind mount) keeps -slim there too.
    const rootNeed = options.profile === 'smallest' ? needsRoot(model, stage) : null;
    const choice = options.profile !== 'smallest' ? null : rootNeed ? { reason: `it runs as the nonroot user, and ${rootNeed}` } : distrolessPython(split);
    const distroless = choice && 'image' in choice ? choice : null;
    const notDistroless = choice && 'reason' in choice ? ` Not gcr.io/distroless/python3: ${choice.reason}.` : '';
    // where distroless python cannot take the build, the smallest that still starts is one executable
    const bundled = choice && !distroless && !rootNeed ? onefilePython(split) : null;
    const onefile = bundled && 'image' in bundled ? bundled : null;
    const slimRuntime = rtTag !== tag;
    // a builder only pays when it leaves something behind: a bigger base, build packages, or all of -slim
    const buildPackages = list.some((i) => i.keyword === 'RUN' && i.index < lastPip.index && splitPackages(model, i) !== null);
    if (!slimRuntime && !buildPackages && !distroless && !onefile) return changes.output();

    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const repoPart = image.slice(0, image.length - tag.length);
    const fromKw = stage.from.rawKeyword;
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';
    const runtimeFamily = family;

    // builder: everything up to the last pip install except what only describes the image
    w.line(fromLine(model, stage, `${distroless ? repoPart + distroless.builderTag : image} ${asKw} builder`));
    let venvDone = false;
    for (const ins of list) {
      if (ins.index > lastPip.index) break;
      if (METADATA.has(ins.keyword)) continue;
      if (ins.keyword === 'RUN' && !venvDone && pipRun(model, ins)) {
        w.line(`${w.kw('RUN')} python -m venv ${VENV}`);
        w.line(`${w.kw('ENV')} PATH="${VENV}/bin:$PATH"`);
        venvDone = true;
      }
      // other steps (collectstatic...) run in the runtime stage, on the code; a mkdir runs in both, since a
      // later `COPY requirements.txt /code` without a slash would otherwise make /code a file
      if (ins.keyword === 'RUN' && !pipRun(model, ins) && !splitPackages(model, ins) && !packagesOnly(model, ins) && !onlyMkdir(model, ins)) continue;
      w.line(source(model, ins));
    }
    if (onefile) {
      // the tools before the sources, so an edit of the code does not install them again
      w.run(onefile.tools);
      for (const ins of list) if (ins.index > lastPip.index && (SHARED.has(ins.keyword) || ins.keyword === 'COPY' || ins.keyword === 'ADD')) w.line(source(model, ins));
      w.line(`${w.kw('RUN')} ${onefile.bundleCommand}`);
    }

    // runtime: same Python on -slim (the venv) or distroless (its site-packages), then the rest of the user's steps
    w.blank();
    const base = distroless?.image ?? onefile?.image ?? `${repoPart}${rtTag}`;
    w.line(`${fromKw} ${base}`);
    // distroless :nonroot starts in /home/nonroot: a program that ran from / (no WORKDIR) keeps its directory
    if ((distroless || onefile) && !list.some((i) => i.keyword === 'WORKDIR')) w.line(`${w.kw('WORKDIR')} /`);
    let venvCopied = false;
    const copyVenv = (): void => {
      if (venvCopied) return;
      venvCopied = true;
      if (onefile) {
        w.line(`${w.kw('COPY')} --from=builder ${onefile.bundle} ${onefile.binary}`);
        return;
      }
      if (distroless) {
        w.line(`${w.kw('COPY')} --from=builder ${distroless.sitePackages} ${distroless.siteDir}`);
        return;
      }
      installRun(w, runtimeFamily === 'alpine' ? 'alpine' : 'debian', runtimePackages);
      w.line(`${w.kw('COPY')} --from=builder ${VENV} ${VENV}`);
      w.line(`${w.kw('ENV')} PATH="${VENV}/bin:$PATH"`);
    };
    for (const ins of list) {
      const beforeEnd = ins.index <= lastPip.index;
      if (SHARED.has(ins.keyword)) {
        w.line(source(model, ins));
        continue;
      }
      if (beforeEnd && ins.keyword === 'RUN' && (pipRun(model, ins) || splitPackages(model, ins) || packagesOnly(model, ins))) continue;
      if (beforeEnd && (ins.keyword === 'COPY' || ins.keyword === 'ADD') && onlyManifests(ins)) continue;
      // the venv goes in before the first step that may use it
      if (['COPY', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword)) copyVenv();
      w.line((distroless ?? onefile)?.start.get(ins) ?? source(model, ins));
    }
    copyVenv();

    if (onefile) {
      changes.add(`Build one executable in a builder stage, ship ${base}`, `${image} carries compilers, headers, tools and a full Python the program never uses once it is packed. ${onefile.why}${notDistroless}`, [
        replaceStage(model, stage, w.text()),
      ]);
      return changes.output();
    }
    if (distroless) {
      const unused = slimRuntime || buildPackages ? 'compilers, headers and tools' : 'a shell, apt and pip';
      changes.add(`Build the dependencies in a builder stage, ship ${base}`, `${image} carries ${unused} the program never uses once its dependencies are installed. ${distroless.why} Not scratch or a PyInstaller binary on it: a frozen program still needs glibc and a writable /tmp at start-up, which this image has with the interpreter itself.`, [
        replaceStage(model, stage, w.text()),
      ]);
      return changes.output();
    }
    changes.add(
      `Build the dependencies in a builder stage, ship ${base}`,
      (slimRuntime
        ? `${image} carries compilers, headers and tools the program never uses once its dependencies are installed. `
        : `${image} stays the runtime image; the build packages the file installs (compilers, -dev headers) stay in the builder. `) +
        `The builder installs the dependencies into a virtual environment at ${VENV}; the runtime stage starts from ${base} ` +
        `(the same Python on the same ${runtimeFamily === 'alpine' ? 'Alpine (musl)' : 'Debian (glibc)'}, so compiled wheels keep working) and copies only the venv and your code. ` +
        (linked.length ? `It installs ${linked.join(', ')} in the runtime stage too: the program, or what the build linked against, needs them at run time. ` : '') +
        (sourceLibs.length > systemLibs.length ? `The requirements name ${sourceBuilt(requirements).join(', ')}, which pip builds from source against the full image's libraries, so the runtime installs ${sourceLibs.filter((p) => !systemLibs.includes(p)).join(', ')}. ` : '') +
        (libraryUsers.length ? `${libraryUsers.join(' and ')} load${libraryUsers.length > 1 ? '' : 's'} a system library (${systemLibs.join(', ')}) that the full image has and the runtime would not, so the runtime installs it. ` : '') +
        (fromFullImage && !knownRequirementNames(options.context) ? `If a requirement is built from source against a library of the full image (psycopg2 needs libpq5, mysqlclient libmariadb3), install that library in the runtime stage; with requirements.txt in view (the CLI reads the build context, the playground has a tab for it) this is done for you. ` : '') +
        (unknownDev.length ? `The runtime libraries of ${unknownDev.join(', ')} are not installed in the runtime stage: add them if an import fails. ` : '') +
        toolsNote(tools) +
        (slimRuntime && !buildPackages ? `Compared with only switching to ${base}, the builder keeps the full image's compilers for requirements that have no wheel, and the venv brings its own pip (and setuptools before Python 3.12), about 20 MB. ` : '') +
        'Not scratch or a PyInstaller binary: those still need glibc and a writable /tmp at start-up.' +
        notDistroless +
        (bundled && 'reason' in bundled ? ` Not a PyInstaller executable on distroless: ${bundled.reason}.` : ''),
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};

/**
 * The tag's release can no longer install packages, or has other names than the ones this knows
 * (bookworm/trixie, current Alpine): Debian releases gone from the mirrors or with older library
 * names, old Alpine releases, and patch tags of old lines, which froze an image of their day.
 */
function staleRelease(tag: string, family: string): boolean {
  const words = tag.split('-');
  const [major, minor] = (/^(\d+)\.(\d+)/.exec(words[0]) ?? []).slice(1).map(Number);
  const patch = /^\d+\.\d+\.\d+/.test(words[0]);
  if (family === 'alpine') {
    // OpenSSL 3 (libssl3) came with Alpine 3.17; python 3.6 and older ended on earlier releases
    const alpine = /^alpine(\d+)\.(\d+)$/.exec(words.find((w) => w.startsWith('alpine')) ?? '');
    if (alpine) return Number(alpine[1]) === 3 && Number(alpine[2]) < 17;
    return major === 3 && (minor <= 6 || (patch && minor <= 9));
  }
  // bullseye is still served, but its library names are older than the ones this knows (libtiff5, libssl1.1)
  if (words.some((w) => DEBIAN_GONE_FROM_MIRRORS.has(w) || w === 'bullseye')) return true;
  if (words.some((w) => /^(bookworm|trixie)$/.test(w))) return false;
  if (major !== 3) return true;
  if (minor <= 7) return true;
  // a patch tag froze the image of its day: bookworm became the default in June 2023 (3.8.17, 3.9.17, 3.10.12, 3.11.4)
  const last = Number(/^\d+\.\d+\.(\d+)/.exec(words[0])?.[1] ?? NaN);
  return patch && ((minor === 8 && last <= 17) || (minor === 9 && last <= 17) || (minor === 10 && last <= 12) || (minor === 11 && last <= 4));
}

/** A RUN that only makes directories. */
function onlyMkdir(model: Parameters<typeof editableScript>[0], ins: Instruction): boolean {
  const s = editableScript(model, ins);
  const cmds = s ? commandsOf(s) : [];
  return cmds.length > 0 && cmds.every((c) => c.base === 'mkdir');
}

/** COPY of requirement files only (the builder has them; the runtime does not need them). */
function onlyManifests(ins: Instruction): boolean {
  const args = ins.json ?? ins.words.map((w) => w.value);
  if (args.length < 2 || ins.flags.length) return false;
  return args.slice(0, -1).every((a) => /(^|\/)(requirements[^/]*\.(txt|in)|constraints[^/]*\.txt)$/.test(a));
}
