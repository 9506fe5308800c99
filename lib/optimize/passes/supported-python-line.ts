import eolJson from '../../data/eol.json';
import type { DockerfileModel, Stage } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { isDockerHub, pipInstallWord, repoName } from '../facts';
import { DISTROLESS_PYTHON_VERSION } from '../distroless';
import { positionalArgs } from '../../shell/query';
import { PIP_OPTS, requirementName } from '../../size/python';
import type { BuildContext } from '../../size/context';
import { listsByName, READS_MORE, requirementLines } from '../python-source-built';
import type { Pass } from '../types';

interface Cycle { c: string; e: string | null }
const CYCLES = (eolJson[1] as unknown as { products: Record<string, { cycles: Cycle[] }> }).products.python.cycles;
/** The optimizer's "today" is the day the table was collected: the same file always gives the same output. */
const COLLECTED = (eolJson[0] as { collected: string }).collected;

/**
 * The line to move to: the one Debian 13 and the maintained distroless python3 image ship, so the
 * multi-stage split can still take the smallest runtime after the move.
 */
const TARGET = DISTROLESS_PYTHON_VERSION;
const TARGET_END = CYCLES.find((c) => c.c === TARGET)?.e ?? null;
/** Older lines are too far from today's Python to move without reading the code (asyncio, removed modules, wheels). */
const OLDEST_MOVED = [3, 8];
/** tag variants that exist for the target line too */
const VARIANTS = new Set(['', 'slim', 'alpine', 'bookworm', 'trixie', 'slim-bookworm', 'slim-trixie']);

function ended(line: string): string | null {
  const c = CYCLES.find((x) => x.c === line);
  return c?.e && c.e < COLLECTED ? c.e : null;
}

/** `3.9.18-slim-bookworm` -> { line: '3.9', variant: 'slim-bookworm' } */
function splitTag(tag: string): { line: string; version: number[]; variant: string } | null {
  const m = /^(\d+)\.(\d+)(?:\.\d+)?(?:-(.*))?$/.exec(tag);
  return m ? { line: `${m[1]}.${m[2]}`, version: [Number(m[1]), Number(m[2])], variant: m[3] ?? '' } : null;
}

/** What installs Python packages from files the pass cannot read, or pins the interpreter (python_requires). */
const PROJECT_FILES = /(^|\/)(Pipfile(\.lock)?|poetry\.lock|pyproject\.toml|setup\.py|setup\.cfg|uv\.lock|pdm\.lock|environment\.ya?ml|conda-lock\.yml)$/;
const OTHER_INSTALLERS = new Set(['pipenv', 'poetry', 'pdm', 'uv', 'conda', 'mamba', 'micromamba', 'pip-sync', 'hatch']);
/** a version bound that can exclude 3.13-compatible releases (`!=` and lower bounds cannot) */
const UPPER_OR_EXACT = /===|==|~=|<=|</;

/** base name of a path */
const base = (p: string) => p.replace(/\\/g, '/').split('/').pop() ?? p;

/**
 * Why the requirements do not show that a newer Python can install them, or null when they do:
 * every list pip reads is in view, and nothing in it is pinned below or at a release, points at a
 * local project, or comes through a lock file. Unseen requirements are not evidence: old projects
 * pin old releases, which have no wheels for a newer Python or do not run on it.
 */
export function requirementsBlock(model: DockerfileModel, stages: readonly Stage[], context: BuildContext | null | undefined): string | null {
  const texts = listsByName(context);
  const pasted = context?.requirements ?? null;
  if (context?.files && Object.keys(context.files).some((f) => PROJECT_FILES.test(f))) return 'the context has a project or lock file (pyproject.toml, Pipfile, poetry.lock...) whose pins and python_requires are not read';
  const specs: string[] = [];
  const lists: string[] = [];
  const lastPip = Math.max(-1, ...stages.flatMap((st) => st.instructions.filter((i) => i.keyword === 'RUN' && /\bpip[\d.]*\s+install\b/.test(i.argsText)).map((i) => i.index)));
  for (const stage of stages) {
    for (const ins of stage.instructions) {
      // pip options set for every install (a constraints file, local wheels) are not read
      if ((ins.keyword === 'ENV' || ins.keyword === 'ARG') && /\bPIP_(CONSTRAINT|REQUIREMENT|FIND_LINKS|INDEX_URL|EXTRA_INDEX_URL|NO_INDEX)\b/.test(ins.argsText)) return 'pip is configured through the environment (PIP_CONSTRAINT...)';
      if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const args = ins.json ?? ins.words.map((w) => w.value);
        const dest = args.at(-1) ?? '';
        // a list copied under another name (requirements/prod.txt -> requirements.txt) or downloaded is not the one in view
        if (args.slice(0, -1).some((src) => /:\/\//.test(src))) return 'a file is downloaded with ADD';
        if (args.some((a) => /pip\.conf$|pip\.ini$/.test(a))) return 'a pip configuration file is copied in';
        if (args.length === 2 && !dest.endsWith('/') && dest !== '.' && /\.(txt|in)$/.test(args[0]) && /\.(txt|in)$/.test(dest) && base(args[0]) !== base(dest)) return `${args[0]} is copied as ${dest}`;
      }
      const s = ins.keyword === 'RUN' ? editableScript(model, ins) : null;
      if (!s) continue;
      for (const c of commandsOf(s)) {
        if (OTHER_INSTALLERS.has(c.base)) return `\`${c.base}\` installs from files that are not read`;
        // a script from the context may run pip with anything; a list made or renamed by a RUN is not the one in view
        if (/\.sh$/.test(c.base) || (/^(ba|da|z)?sh$|^\.$|^source$/.test(c.base) && c.args.some((a) => /\.sh$/.test(a)))) return 'a shell script runs, and what it installs is not read';
        if (/^python[\d.]*$/.test(c.base) && /\.py$/.test(c.args[0] ?? '') && ins.index <= lastPip) return `${c.args[0]} runs before the install, and what it installs is not read`;
        if (['cp', 'mv', 'ln', 'cat', 'sed', 'echo', 'printf', 'curl', 'wget'].includes(c.base) && c.args.some((a) => /\.(txt|in)$|pip\.conf/.test(a))) return 'a RUN writes a requirements or pip configuration file';
        if (c.assignments.some((a) => /^PIP_/.test(a.name))) return 'pip is configured through the environment (PIP_CONSTRAINT...)';
        if (/^python[\d.]*$/.test(c.base) && c.args.some((a) => /(^|\/)setup\.py$/.test(a))) return '`setup.py` runs with the setuptools that 3.12+ images no longer ship';
        if (!pipInstallWord(c)) continue;
        if (c.args.some((a) => READS_MORE.test(a))) return 'pip installs an editable project, reads a constraints file or local wheels';
        const pos = positionalArgs(c, PIP_OPTS);
        for (const spec of pos.slice(pos.indexOf('install') + 1)) {
          if (!requirementName(spec)) return `pip installs ${spec}, a local project or an archive whose requirements are not read`;
          specs.push(spec);
        }
        for (let i = 0; i < c.args.length; i++) {
          const a = c.args[i];
          const file = a === '-r' || a === '--requirement' ? c.args[i + 1] : /^(-r|--requirement=)(.+)$/.exec(a)?.[2];
          if (file) lists.push(file);
        }
      }
    }
  }
  // the lists pip reads, and the lists they include
  const seen = new Set<string>();
  while (lists.length) {
    const file = base(lists.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const text = texts.get(file) ?? pasted;
    if (text === null || text === undefined) return `${file} is not in view`;
    for (const line of requirementLines(text)) {
      // -r base.txt, -rbase.txt, --requirement=base.txt
      const include = /^(?:-r|--requirement)(?:\s*=\s*|\s+)?(\S+)$/.exec(line);
      if (include) { lists.push(include[1]); continue; }
      if (READS_MORE.test(line)) return `${file} reads a constraints file, an editable project or local wheels`;
      if (line.startsWith('-')) continue; // index options
      specs.push(line);
    }
  }
  for (const spec of specs) {
    const requirement = spec.split(';')[0].replace(/^["']|["']$/g, '').trim();
    if (!requirementName(requirement) || /\s@\s|:\/\//.test(requirement)) return `${requirement} is not a package from an index`;
    if (UPPER_OR_EXACT.test(requirement)) return `${requirement} pins a release, which may have no wheel for Python ${TARGET} or not run on it`;
  }
  return null;
}

export const pass: Pass = {
  id: 'supported-python-line',
  title: 'Move off an end-of-life Python line',
  risk: 'review',
  lesson: 'security',
  resolves: ['base-image-end-of-life'],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    if (!TARGET_END || TARGET_END < COLLECTED) return changes.output();
    const python: { stage: Stage; line: string; variant: string }[] = [];
    for (const stage of model.stages) {
      if (stage.isScratch || stage.baseStage !== null || repoName(stage) !== 'python' || !isDockerHub(stage)) continue;
      const word = stage.from.words[0];
      // an ARG in the image name, a digest or an unknown tag: the file says which Python it wants
      if (!word || word.raw !== word.value || word.value.includes('$') || stage.image.unresolved || stage.image.digest || !stage.image.tag) return changes.output();
      const t = splitTag(stage.image.tag);
      if (!t || !VARIANTS.has(t.variant)) return changes.output();
      python.push({ stage, line: t.line, variant: t.variant });
      if (t.line === TARGET) continue;
      // a line still supported, or one too old to move blindly: the stages must share one Python (venvs, wheels)
      if (!ended(t.line) || t.version[0] !== OLDEST_MOVED[0] || t.version[1] < OLDEST_MOVED[1]) return changes.output();
    }
    const moved = python.filter((p) => p.line !== TARGET);
    if (!moved.length) return changes.output();
    // paths that name the old version (/usr/local/lib/python3.9/site-packages) would point nowhere
    const lines = new Set(moved.map((p) => p.line));
    const named = model.instructions.some((i) => i.keyword !== 'FROM' && [...lines].some((l) => new RegExp(`python${l.replace('.', '\\.')}(?!\\d)`).test(i.argsText)));
    if (named) return changes.output();
    // a stage on another image (distroless debian11, apt's python3) that takes what a Python stage installed keeps its own interpreter
    const names = new Set(python.flatMap(({ stage }) => [stage.name?.toLowerCase(), String(stage.index)].filter(Boolean) as string[]));
    const others = model.stages.filter((s) => !python.some((p) => p.stage === s));
    if (others.some((s) => s.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags.some((f) => f.name.toLowerCase() === 'from' && names.has((f.value ?? '').toLowerCase()))))) return changes.output();
    if (others.some((s) => s.baseStage !== null && python.some((p) => p.stage.index === s.baseStage))) return changes.output();
    if (requirementsBlock(model, python.map((p) => p.stage), options.context)) return changes.output();

    const from = [...lines].sort().join(' and ');
    const eol = [...lines].sort().map((l) => `${l} on ${ended(l)}`).join(', ');
    const alpine = python.some((p) => p.variant.includes('alpine'));
    const release = alpine ? 'the tag now follows the current Alpine release' : python.every((p) => p.variant.includes('bookworm')) ? 'the image stays on Debian 12 (bookworm)' : 'the tag now follows Debian 13 (trixie)';
    changes.add(
      `Python ${from} -> ${TARGET}`,
      `Python ${from} reached its end of life (${eol}): its images are no longer rebuilt and it gets no security fixes. ` +
        `This moves ${python.length > 1 ? 'every Python stage' : 'the image'} to ${TARGET}, supported until ${TARGET_END}` +
        (alpine ? '. ' : `: the Python of Debian 13 and of the maintained distroless python3 image (the smallest profile can then ship on it). `) +
        'It is offered only because every requirement pip installs here is in view and none is pinned to a release (old releases often have no wheels for a newer Python, or do not run on it). ' +
        `Review before you ship: ${release}${release.startsWith('the image stays') ? '' : ', where a few system package names changed'}; ` +
        'code that imports modules removed since (distutils, imp, asynchat and asyncore in 3.12; cgi, crypt, imghdr, telnetlib, pipes and the other PEP 594 modules in 3.13) fails at import, and setuptools (pkg_resources) is no longer preinstalled. ' +
        'Switch this change off to keep the old line.',
      moved.map(({ stage }) => {
        const word = stage.from.words[0];
        const tag = stage.image.tag!;
        const at = word.value.length - tag.length;
        const rest = tag.slice(splitTag(tag)!.line.length).replace(/^\.\d+/, '');
        return { start: word.span.startOffset + at, end: word.span.endOffset, text: `${TARGET}${rest}` };
      }),
    );
    return changes.output();
  },
};
