/**
 * pip's requirements file format, as far as sizing needs it: the names it installs, the
 * nested `-r` files it pulls in, and whether it points at a CPU-only index.
 * https://pip.pypa.io/en/stable/reference/requirements-file-format/
 */
import { requirementName } from './python';

export interface Requirements {
  names: string[];
  /** local paths, URLs and `-e` entries: projects whose size the list does not say */
  local: number;
  /** an index URL that serves CPU-only builds (PyTorch's) */
  cpuIndex: boolean;
  /** nested `-r` files that were not readable */
  missing: string[];
}

/** Options that take a value, written as `--opt value` or `--opt=value`; their value is no requirement. */
const VALUE_OPTS = /^(-i|--index-url|--extra-index-url|-f|--find-links|-c|--constraint|--trusted-host|--use-feature|--config-settings|--global-option|--hash|--no-binary|--only-binary|--platform|--python-version|--implementation|--abi|--progress-bar)$/;
const MAX_DEPTH = 8;

/**
 * Reads `text` (the file at `path`); `read` returns the text of a nested file by context path,
 * or null. Names repeat across nested files only once.
 */
export function parseRequirements(text: string, path: string, read: (path: string) => string | null): Requirements {
  const out: Requirements = { names: [], local: 0, cpuIndex: false, missing: [] };
  const seen = new Set<string>();
  const visited = new Set<string>();
  const walk = (body: string, at: string, depth: number): void => {
    if (visited.has(at) || depth > MAX_DEPTH) return;
    visited.add(at);
    const dir = at.includes('/') ? at.slice(0, at.lastIndexOf('/') + 1) : '';
    for (const line of logicalLines(body)) {
      const words = line.split(/\s+/).filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const [opt, inline] = w.startsWith('-') ? splitOpt(w) : [w, null];
        if (opt === '-r' || opt === '--requirement') {
          const file = inline ?? words[++i];
          if (!file) continue;
          const nested = joinPath(dir, file);
          const t = read(nested);
          if (t === null) out.missing.push(nested);
          else walk(t, nested, depth + 1);
          continue;
        }
        if (opt === '-e' || opt === '--editable') { if (!inline) i++; out.local++; continue; }
        if (VALUE_OPTS.test(opt)) {
          const value = inline ?? words[++i] ?? '';
          if (/index-url$/.test(opt) && /\/cpu\b/.test(value)) out.cpuIndex = true;
          continue;
        }
        if (w.startsWith('-')) continue;
        // one requirement per line: markers and hashes after it are not names
        const name = requirementName(words.slice(i).join(' ').replace(/\s*;.*$/, ''));
        if (/\+cpu\b/.test(w)) out.cpuIndex = true;
        if (name === null) out.local++;
        else if (!seen.has(name)) { seen.add(name); out.names.push(name); }
        break;
      }
    }
  };
  walk(text, path, 0);
  return out;
}

/** Lines without comments, with backslash continuations joined. */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  let acc = '';
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    if (/\\$/.test(line)) { acc += line.slice(0, -1) + ' '; continue; }
    const full = (acc + line).trim();
    acc = '';
    if (full) out.push(full);
  }
  if (acc.trim()) out.push(acc.trim());
  return out;
}

function splitOpt(w: string): [string, string | null] {
  const eq = w.indexOf('=');
  if (w.startsWith('--') && eq > 0) return [w.slice(0, eq), w.slice(eq + 1)];
  // -rfile.txt is -r file.txt
  if (/^-[rcief]./.test(w) && !w.startsWith('--')) return [w.slice(0, 2), w.slice(2)];
  return [w, null];
}

function joinPath(dir: string, file: string): string {
  const parts: string[] = [];
  for (const seg of (file.startsWith('/') ? file : dir + file).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}
