/**
 * PyPI packages that publish no Linux wheels, so pip compiles them: against the full image's
 * headers, with its gcc. -slim has neither, nor the runtime library some of them link.
 */
import type { DockerfileModel, Instruction } from '../model/types';
import { commandsOf, editableScript } from './edit';
import { pipInstallWord } from './facts';
import { knownRequirementNames, type BuildContext } from '../size/context';

/** name -> the Debian runtime library the built module links (same name on bookworm and trixie), or null */
export const SOURCE_BUILT: Record<string, string | null> = { psycopg2: 'libpq5', mysqlclient: 'libmariadb3', uwsgi: 'libxml2', pycrypto: null };

/** Options of pip install that take a value (the value is not a package). */
const VALUE_OPTION = /^-(r|c|e|i|f|t)$|^--(requirement|constraint|editable|index-url|extra-index-url|find-links|target|prefix|root|trusted-host|platform|python-version|implementation|abi|src|upgrade-strategy|progress-bar|cache-dir|log|proxy|timeout|retries)$/;

/** The requirement names in view: the context's requirement files, plus what the pip commands name themselves. */
export function requirementNames(model: DockerfileModel, runs: readonly Instruction[], context: BuildContext | null | undefined): Set<string> | null {
  const known = knownRequirementNames(context);
  const named = new Set<string>();
  for (const ins of runs) {
    const s = ins.keyword === 'RUN' ? editableScript(model, ins) : null;
    if (!s) continue;
    for (const c of commandsOf(s)) {
      const at = pipInstallWord(c);
      if (!at) continue;
      const args = c.args.slice(c.args.indexOf(at.value) + 1);
      for (let i = 0; i < args.length; i++) {
        if (VALUE_OPTION.test(args[i])) i++;
        else if (!args[i].startsWith('-')) {
          const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(args[i]);
          if (m && !/[/\\]|\.(whl|tar\.gz|zip)$/.test(args[i])) named.add(m[1].toLowerCase().replace(/[._]/g, '-'));
        }
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
