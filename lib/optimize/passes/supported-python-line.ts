import eolJson from '../../data/eol.json';
import pythonPackages from '../../data/python-packages.json';
import type { DockerfileModel, Stage } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { isDockerHub, pipInstallWord, repoName } from '../facts';
import { DISTROLESS_PYTHON_VERSION } from '../distroless';
import { positionalArgs } from '../../shell/query';
import { PIP_OPTS, requirementName } from '../../size/python';
import type { BuildContext } from '../../size/context';
import type { Pass } from '../types';

interface Cycle { c: string; e: string | null }
const CYCLES = (eolJson[1] as unknown as { products: Record<string, { cycles: Cycle[] }> }).products.python.cycles;
/** The optimizer's "today" is the day the table was collected: the same file always gives the same output. */
const COLLECTED = (eolJson[0] as { collected: string }).collected;
const PACKAGES = (pythonPackages[1] as unknown as { pkgs: Record<string, [number, string, string[]?]> }).pkgs;

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
const PIN = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(===|==|~=|<=|<)/;

function ended(line: string): string | null {
  const c = CYCLES.find((x) => x.c === line);
  return c?.e && c.e < COLLECTED ? c.e : null;
}

/** `3.9.18-slim-bookworm` -> { line: '3.9', variant: 'slim-bookworm' } */
function splitTag(tag: string): { line: string; version: number[]; variant: string } | null {
  const m = /^(\d+)\.(\d+)(?:\.\d+)?(?:-(.*))?$/.exec(tag);
  return m ? { line: `${m[1]}.${m[2]}`, version: [Number(m[1]), Number(m[2])], variant: m[3] ?? '' } : null;
}

/** Compiled packages pinned to a release (numpy==1.21.0): old releases have no wheels for a newer Python. */
function pinnedCompiled(model: DockerfileModel, context: BuildContext | null | undefined): string[] {
  const specs: string[] = [];
  for (const text of [...Object.values(context?.texts ?? {}), context?.requirements ?? '']) {
    for (const line of text.split(/\r?\n/)) specs.push(line.replace(/(^|\s)#.*$/, '').trim());
  }
  for (const ins of model.instructions) {
    const s = ins.keyword === 'RUN' ? editableScript(model, ins) : null;
    if (!s) continue;
    for (const c of commandsOf(s)) {
      if (!pipInstallWord(c)) continue;
      const pos = positionalArgs(c, PIP_OPTS);
      specs.push(...pos.slice(pos.indexOf('install') + 1));
    }
  }
  const out = new Set<string>();
  for (const spec of specs) {
    const m = PIN.exec(spec);
    const name = m ? requirementName(m[1]) : null;
    const kind = name ? PACKAGES[name]?.[1] : undefined;
    if (name && (kind === 'b' || kind === 's')) out.add(name);
  }
  return [...out];
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
    const pinned = pinnedCompiled(model, options.context);
    if (pinned.length) return changes.output();

    const from = [...lines].sort().join(' and ');
    const eol = [...lines].sort().map((l) => `${l} on ${ended(l)}`).join(', ');
    changes.add(
      `Python ${from} -> ${TARGET}`,
      `Python ${from} reached its end of life (${eol}): its images are no longer rebuilt and it gets no security fixes. ` +
        `This moves ${python.length > 1 ? 'every Python stage' : 'the image'} to ${TARGET}, supported until ${TARGET_END}: the Python of Debian 13 and of the maintained distroless python3 image, so the multi-stage build can still take the smallest runtime. ` +
        `Review before you ship: compiled packages pinned to releases from before Python ${TARGET} have no wheels for it and pip tries to build them from source (update those pins); ` +
        'code that imports modules removed since (distutils, imp, asynchat and asyncore in 3.12; cgi, crypt, telnetlib, pipes and the other PEP 594 modules in 3.13) fails at import. ' +
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
