/**
 * Reads the build context from disk for the estimator: every file that .dockerignore lets
 * through, with its size, and the text of the dependency lists. Bounded, so a huge folder
 * costs at most a couple of seconds and is reported as partly read.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDockerIgnore } from '../model/dockerignore';
import { CONTEXT_TEXT_FILE, type MeasuredContext } from '../size';
import { decodeText } from './decode';

export interface ScanLimits {
  maxEntries: number;
  maxMillis: number;
  maxTextBytes: number;
  maxTexts: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxEntries: 200_000, maxMillis: 2_000, maxTextBytes: 512 * 1024, maxTexts: 200 };

const scanned = new Map<string, MeasuredContext | null>();

/** The context at `dir` as .dockerignore text `ignore` leaves it; null when the folder cannot be read. */
export function scanContext(dir: string, ignore: string | null, limits: ScanLimits = DEFAULT_SCAN_LIMITS): MeasuredContext | null {
  const root = resolve(dir);
  const key = `${root}\u0000${ignore ?? ''}`;
  if (scanned.has(key)) return scanned.get(key)!;
  const result = scan(root, ignore, limits);
  scanned.set(key, result);
  return result;
}

function scan(root: string, ignoreText: string | null, limits: ScanLimits): MeasuredContext | null {
  const ignore = ignoreText ? parseDockerIgnore(ignoreText) : null;
  // with a `!` pattern, something below an ignored folder may come back, so the walk must look inside
  const reincludes = !!ignore?.patterns.some((p) => p.exclusion);
  const files: Record<string, number> = Object.create(null);
  const texts: Record<string, string> = Object.create(null);
  const started = Date.now();
  let entries = 0, nTexts = 0, partial = false, total = 0;
  const stack: string[] = [''];
  try {
    readdirSync(root);
  } catch {
    return null;
  }
  while (stack.length) {
    const rel = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(rel ? join(root, rel) : root);
    } catch {
      continue; // an unreadable folder fails the real build too; size what can be read
    }
    for (const name of names) {
      if (++entries > limits.maxEntries || (entries % 512 === 0 && Date.now() - started > limits.maxMillis)) {
        partial = true;
        stack.length = 0;
        break;
      }
      const path = rel ? `${rel}/${name}` : name;
      const ignored = ignore?.ignores(path) ?? false;
      let st;
      try {
        st = lstatSync(join(root, path));
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!ignored || reincludes) stack.push(path);
        continue;
      }
      if (ignored) continue;
      files[path] = st.size;
      total += st.size;
      if (st.isFile() && st.size <= limits.maxTextBytes && nTexts < limits.maxTexts && CONTEXT_TEXT_FILE.test(path)) {
        try {
          texts[path] = decodeText(readFileSync(join(root, path)));
          nTexts++;
        } catch {
          // unreadable: the list stays unseen and is estimated as such
        }
      }
    }
  }
  return { files, texts, partial, id: `${root}#${Object.keys(files).length}#${total}` };
}
