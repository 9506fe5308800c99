/**
 * Debian's python3 packages ship .py sources and byte-compile them in postinst (py3compile),
 * so the .pyc files are on disk but not in Installed-Size. A .pyc is about as large as its
 * source (docstrings and constants kept), so add PYC_FACTOR x the size of the packages that are
 * mostly Python source.
 */
import type { AptSuite } from './data';
import { nameIndex } from './apt';

export const PYC_FACTOR = 0.9;
const PURE_PYTHON = /^(python3-(?!.*-dev$|minimal$|dev$).+|libpython3\.\d+-(stdlib|minimal))$/;

export function pycBytes(table: AptSuite, added: string[]): number {
  let kib = 0;
  const idx = nameIndex(table);
  for (const n of added) if (PURE_PYTHON.test(n)) kib += table.size[idx.get(n) ?? -1] ?? 0;
  return kib * 1024 * PYC_FACTOR;
}
