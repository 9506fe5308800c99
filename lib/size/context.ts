/**
 * The build context as far as it is known (the CLI reads it from disk; the playground has none):
 * the size of every file that survives .dockerignore, and the text of the dependency lists the
 * estimator can read. With it, COPY sources are measured instead of guessed.
 */
import { cleanPath, parseDockerIgnore } from '../model/dockerignore';

export interface BuildContext {
  /** context-relative `/`-separated path of every file after .dockerignore -> bytes */
  files: Readonly<Record<string, number>>;
  /** text of the small dependency lists in the context (requirements*.txt ...), by path */
  texts: Readonly<Record<string, string>>;
  /** the scan stopped early (too many files or too slow): sizes are lower bounds */
  partial: boolean;
  /** identifies this context in caches (e.g. its folder and file count) */
  id: string;
}

export interface ContextMatch {
  bytes: number;
  files: number;
}

/** Files worth reading as text: pip's requirement and constraint lists. */
export const CONTEXT_TEXT_FILE = /(^|\/)((requirements|constraints)[^/]*\.(txt|in)|[^/]*requirements[^/]*\.txt|requirements\/[^/]+\.(txt|in))$/i;

const matchers = new WeakMap<BuildContext, Map<string, ContextMatch>>();

/**
 * What a COPY source brings from the context: a file, a directory (all below it) or a Go
 * filepath.Match pattern, as BuildKit resolves them. Paths are relative to the context root.
 */
export function matchContext(context: BuildContext, source: string): ContextMatch {
  const src = cleanPath(source.replace(/^\/+/, ''));
  let memo = matchers.get(context);
  if (!memo) matchers.set(context, (memo = new Map()));
  const known = memo.get(src);
  if (known) return known;
  let bytes = 0, files = 0;
  if (src === '' || src === '*') {
    for (const b of Object.values(context.files)) { bytes += b; files++; }
  } else if (!/[*?[\\]/.test(src)) {
    const prefix = `${src}/`;
    for (const [p, b] of Object.entries(context.files)) {
      if (p === src || p.startsWith(prefix)) { bytes += b; files++; }
    }
  } else {
    // a pattern names entries at its depth; a matched directory brings everything below it
    const pattern = parseDockerIgnore(src);
    for (const [p, b] of Object.entries(context.files)) {
      if (pattern.ignores(p)) { bytes += b; files++; }
    }
  }
  const match = { bytes, files };
  memo.set(src, match);
  return match;
}

/** The text of a context file, when it was read. */
export function contextText(context: BuildContext, path: string): string | null {
  return context.texts[cleanPath(path.replace(/^\/+/, ''))] ?? null;
}
