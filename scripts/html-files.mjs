// The exported pages of the static site (Next's own _next assets left out), for the scripts that
// check or rewrite them after a build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir) {
  const list = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== '_next') list.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) list.push(p);
  }
  return list;
}
