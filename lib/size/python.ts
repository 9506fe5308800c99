/** pip install sizes from the bundled wheel table: closure over listed dependencies. */
import { pythonTable } from './data';

export interface PipResult {
  installed: number;
  low: number;
  high: number;
  /** bytes of wheels downloaded (what pip's cache keeps) */
  wheels: number;
  top: string;
  count: number;
  unknown: string[];
}

/** Options of pip that take a value: the word after them is not a package. */
export const PIP_OPTS = ['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--target', '-t', '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--only-binary', '--no-binary', '-e', '--editable', '--cache-dir', '--src', '--progress-bar', '--implementation', '--abi', '--python', '-p'];

const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

/** Name of a requirement (`Django[argon2]>=4.2; python_version>"3"` -> django), or null for paths/URLs. */
export function requirementName(spec: string): string | null {
  if (/^[./~]|:\/\/|\.whl$|\.tar\.gz$|\.zip$|^git\+/.test(spec)) return null;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec.trim());
  return m ? norm(m[1]) : null;
}

/** `torch` resolves to the CUDA build PyPI serves on Linux unless a CPU index is used. */
function key(name: string, cpuIndex: boolean): string {
  const pk = pythonTable.pkgs;
  if (pk[name]) return name;
  const variants = Object.keys(pk).filter((k) => k.startsWith(`${name}@`));
  if (!variants.length) return name;
  return variants.find((k) => (cpuIndex ? /@cpu/.test(k) : /@cuda-cu12/.test(k))) ?? variants[0];
}

export function pipInstall(names: string[], already: Set<string>, cpuIndex = false): PipResult {
  const { expansion, expansionRange, unknownWheelBytes, pkgs } = pythonTable;
  let installed = 0, low = 0, high = 0, wheels = 0, count = 0;
  const unknown: string[] = [];
  let top = '', topBytes = -1;
  const visit = (n: string, root: string | null): number => {
    const k = key(n, cpuIndex);
    const base = k.split('@')[0];
    if (already.has(base)) return 0;
    already.add(base);
    count++;
    const row = pkgs[k];
    const wheel = row ? row[0] : unknownWheelBytes;
    const kind = row ? row[1] : 'b';
    if (!row) unknown.push(n);
    const [lo, hi] = expansionRange[kind] ?? [1.5, 5];
    let own = wheel * (expansion[kind] ?? expansion.b);
    installed += own; wheels += wheel;
    // unlisted packages are mostly small: their range goes from tiny to ~20 MB installed
    low += row ? wheel * lo : 0.05 * unknownWheelBytes;
    high += row ? wheel * hi : 20 * unknownWheelBytes;
    for (const d of row?.[2] ?? []) own += visit(d, root ?? n);
    return own;
  };
  for (const n of names) {
    const own = visit(norm(n), null);
    if (own > topBytes) { topBytes = own; top = n; }
  }
  return { installed, low, high, wheels, top, count, unknown };
}
