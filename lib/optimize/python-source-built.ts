/**
 * PyPI packages that publish no Linux wheels, so pip compiles them: against the full image's
 * headers, with its gcc. -slim has neither, nor the runtime library some of them link.
 */
import type { DockerfileModel, Instruction } from '../model/types';
import { commandsOf, editableScript } from './edit';
import { pipInstallWord } from './facts';
import { positionalArgs } from '../shell/query';
import { knownRequirementNames, type BuildContext } from '../size/context';
import { PIP_OPTS, requirementName } from '../size/python';

/** name -> the Debian runtime library the built module links (same name on bookworm and trixie), or null */
export const SOURCE_BUILT: Record<string, string | null> = { psycopg2: 'libpq5', mysqlclient: 'libmariadb3', uwsgi: 'libxml2', pycrypto: null };

/**
 * PyPI packages whose wheels load a system library instead of bundling it: the full image has it
 * (through gcc or `file`), -slim and Alpine do not. name -> [Debian package, Alpine package].
 */
export const SYSTEM_LIBRARY: Record<string, [string, string]> = {
  xgboost: ['libgomp1', 'libgomp'],
  lightgbm: ['libgomp1', 'libgomp'],
  'python-magic': ['libmagic1', 'libmagic'],
};

/** The requirements in view that need one of those libraries. */
export function systemLibraryUsers(names: Set<string> | null): string[] {
  return names ? Object.keys(SYSTEM_LIBRARY).filter((n) => names.has(n)) : [];
}

/** pip options that make an install read more than its list: constraints, an editable project, local wheels */
export const READS_MORE = /^(-c|--constraint|-e|--editable|-f|--find-links|--no-index)/;

/** The lines of a requirements list, comments and blank lines left out. */
export function requirementLines(text: string): string[] {
  return text.split(/\r?\n/).map((raw) => raw.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
}

/** The requirement lists in view, by file name (a COPY names them by their path in the image, not the context). */
export function listsByName(context: BuildContext | null | undefined): Map<string, string> {
  return new Map(Object.entries(context?.texts ?? {}).map(([path, text]) => [path.split('/').pop()!, text]));
}

/** The requirement names in view: the context's requirement files, plus what the pip commands name themselves. */
export function requirementNames(model: DockerfileModel, runs: readonly Instruction[], context: BuildContext | null | undefined): Set<string> | null {
  const known = knownRequirementNames(context);
  const named = new Set<string>();
  for (const ins of runs) {
    const s = ins.keyword === 'RUN' ? editableScript(model, ins) : null;
    if (!s) continue;
    for (const c of commandsOf(s)) {
      if (!pipInstallWord(c)) continue;
      // the estimator reads pip's arguments the same way (specs after `install`, paths and URLs left out)
      const pos = positionalArgs(c, PIP_OPTS);
      for (const spec of pos.slice(pos.indexOf('install') + 1)) {
        const name = requirementName(spec);
        if (name) named.add(name);
      }
    }
  }
  if (!named.size) return known;
  return new Set([...(known ?? []), ...named]);
}

/** The source-built packages among `names`. */
export function sourceBuilt(names: Set<string> | null): string[] {
  return names ? Object.keys(SOURCE_BUILT).filter((n) => names.has(n)) : [];
}
