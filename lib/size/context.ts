/**
 * The build context as far as it is known (the CLI reads it from disk; the playground has none):
 * the size of every file that survives .dockerignore, and the text of the dependency lists the
 * estimator can read. With it, COPY sources are measured instead of guessed.
 */
import { cleanPath, parseDockerIgnore } from '../model/dockerignore';
import { parseRequirements } from './requirements';

export interface BuildContext {
  /**
   * context-relative `/`-separated path of every file after .dockerignore -> bytes; null when
   * the files are not known (the playground), so COPY sources stay estimated
   */
  files: Readonly<Record<string, number>> | null;
  /** text of the small dependency lists in the context (requirements*.txt ...), by path */
  texts: Readonly<Record<string, string>>;
  /** a requirements list the user pasted: used for any `pip install -r` whose file text is not known */
  requirements?: string | null;
  /** the scan stopped early (too many files or too slow): sizes are lower bounds */
  partial: boolean;
  /** identifies this context in caches (e.g. its folder and file count) */
  id: string;
}

/** A context read from disk: its files are known. */
export type MeasuredContext = BuildContext & { files: Readonly<Record<string, number>> };

export interface ContextMatch {
  bytes: number;
  files: number;
}

/** Files worth reading as text: pip's requirement and constraint lists. */
export const CONTEXT_TEXT_FILE = /(^|\/)((requirements|constraints)[^/]*\.(txt|in)|[^/]*requirements[^/]*\.txt|requirements\/[^/]+\.(txt|in))$/i;

const matchers = new WeakMap<object, Map<string, ContextMatch>>();

/**
 * What a COPY source brings from the context: a file, a directory (all below it) or a Go
 * filepath.Match pattern, as BuildKit resolves them. Paths are relative to the context root.
 */
export function matchContext(files: Readonly<Record<string, number>>, source: string): ContextMatch {
  const src = cleanPath(source.replace(/^\/+/, ''));
  let memo = matchers.get(files);
  if (!memo) matchers.set(files, (memo = new Map()));
  const known = memo.get(src);
  if (known) return known;
  let bytes = 0, count = 0;
  if (src === '' || src === '*') {
    for (const b of Object.values(files)) { bytes += b; count++; }
  } else if (!/[*?[\\]/.test(src)) {
    const prefix = `${src}/`;
    for (const [p, b] of Object.entries(files)) {
      if (p === src || p.startsWith(prefix)) { bytes += b; count++; }
    }
  } else {
    // a pattern names entries at its depth; a matched directory brings everything below it
    const pattern = parseDockerIgnore(src);
    for (const [p, b] of Object.entries(files)) {
      if (pattern.ignores(p)) { bytes += b; count++; }
    }
  }
  const match = { bytes, files: count };
  memo.set(src, match);
  return match;
}

const pasted = new Map<string, BuildContext>();

/**
 * The context of a requirements list pasted without its folder (the playground): the same
 * object for the same text, so caches keyed by the context keep hitting.
 */
export function pastedRequirements(text: string | null | undefined): BuildContext | null {
  if (!text || !text.trim()) return null;
  let c = pasted.get(text);
  if (!c) {
    if (pasted.size > 8) pasted.clear();
    c = { files: null, texts: {}, requirements: text, partial: false, id: `pasted:${text}` };
    pasted.set(text, c);
  }
  return c;
}

/** Every requirement name the context's lists (or a pasted list) name; null when none is known. */
export function knownRequirementNames(context: BuildContext | null | undefined): Set<string> | null {
  if (!context) return null;
  const lists: [string, string][] = Object.entries(context.texts);
  if (context.requirements) lists.push(['requirements.txt', context.requirements]);
  if (!lists.length) return null;
  const names = new Set<string>();
  for (const [path, text] of lists) for (const n of parseRequirements(text, path, (p) => contextText(context, p)).names) names.add(n);
  return names;
}

/** The text of a context file, when it was read. */
export function contextText(context: BuildContext, path: string): string | null {
  return context.texts[cleanPath(path.replace(/^\/+/, ''))] ?? null;
}
