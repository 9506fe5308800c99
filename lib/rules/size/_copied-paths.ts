/** Where COPY/ADD put files, and the paths later RUN commands touch, in the shipped stage chain. */
import type { DockerfileModel, Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { positionalWords } from '../../shell/query';
import { runSites, type RunSite } from '../correctness/_run-scan';
import { copyArgs, joinPath, shippedStages, stageChain, walkWithWorkdir } from './_stages';

export interface Copied {
  ins: Instruction;
  /** absolute destination (a directory prefix or a file) */
  dest: string;
  sources: string[];
  /** the destination names a directory (trailing slash, `.`, or several sources), so a file source lands at dest/basename */
  destIsDir: boolean;
}

export interface LaterRun {
  site: RunSite;
  workdir: string;
}

/** COPY/ADD destinations and RUNs of the shipped chain in build order, with the WORKDIR of each RUN. */
export function shippedTimeline(model: DockerfileModel): { copies: Copied[]; runs: LaterRun[]; order: Map<Instruction, number> } {
  const copies: Copied[] = [];
  const runs: LaterRun[] = [];
  const order = new Map<Instruction, number>();
  const final = model.stages[model.stages.length - 1];
  if (!final) return { copies, runs, order };
  const shipped = shippedStages(model);
  const chain = stageChain(model, final).filter((s) => shipped.has(s.index));
  const sites = new Map<Instruction, RunSite>();
  for (const site of runSites(model)) if (!site.onbuild) sites.set(site.run, site);
  let n = 0;
  walkWithWorkdir(chain, (ins, workdir) => {
    order.set(ins, n++);
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const args = copyArgs(ins);
      if (!args || args.dest.includes('$')) return;
      const destIsDir = /\/$/.test(args.dest) || args.dest === '.' || args.sources.length > 1;
      copies.push({ ins, dest: joinPath(workdir, args.dest), sources: args.sources, destIsDir });
    } else if (ins.keyword === 'RUN') {
      const site = sites.get(ins);
      if (site) runs.push({ site, workdir });
    }
  });
  return { copies, runs, order };
}

/** Absolute paths a command names as operands (relative ones resolved against the RUN's WORKDIR; `cd` is not followed). */
export function operandPaths(cmd: ShellCommand, workdir: string, skip = 0): string[] {
  return positionalWords(cmd)
    .slice(skip)
    .filter((w) => w.value !== '' && !w.value.includes('$') && !w.raw.includes('`') && w.parts.every((p) => p.kind !== 'brace'))
    .map((w) => joinPath(workdir, w.value));
}

/** True when `path` is `dir` or inside it. */
export function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : dir + '/');
}

const ARCHIVE = /\.(?:tar|tgz|tbz2?|txz|tar\.(?:gz|bz2|xz|zst))$/i;

/** Glob `*` and `?` of one path segment as an anchored regex (no nested quantifiers, so no runaway backtracking). */
function segmentPattern(glob: string): RegExp {
  return new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
}

/**
 * True when the COPY/ADD `c` may have written files at or under `path` (or, for a recursive command, inside it).
 * A source that plainly names one file (it has an extension and is not an archive ADD unpacks) only lands at
 * dest/basename when dest is a directory, so `ADD entrypoint.sh /` does not put anything under /tmp.
 * Directory, archive, `.` and extension-less sources may spread anywhere under the destination.
 */
export function copyMayWrite(c: Copied, path: string, recursive: boolean): boolean {
  const touches = (placed: string) => within(path, placed) || (recursive && within(placed, path));
  if (!c.destIsDir) return touches(c.dest);
  const isAdd = c.ins.keyword === 'ADD';
  for (const raw of c.sources) {
    const src = raw.replace(/^["']|["']$/g, '');
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(src);
    const base = src.replace(/\/+$/, '').split('/').pop() ?? '';
    const dot = base.lastIndexOf('.');
    const named = dot > 0 && /^[A-Za-z0-9]+$/.test(base.slice(dot + 1));
    const fileLike = !src.endsWith('/') && (url || (named && !(isAdd && ARCHIVE.test(base))));
    if (!fileLike) {
      if (touches(c.dest)) return true;
      continue;
    }
    const name = url ? base.replace(/[?#].*$/, '') : base;
    if (/[*?[]/.test(name)) {
      // a file pattern: only files whose name matches can sit directly in dest
      if (recursive && within(c.dest, path)) return true;
      const rest = path.startsWith(c.dest === '/' ? '/' : c.dest + '/') ? path.slice(c.dest === '/' ? 1 : c.dest.length + 1).split('/')[0] : null;
      if (rest !== null && rest !== '' && (name.includes('[') || segmentPattern(name).test(rest))) return true;
      continue;
    }
    if (touches(joinPath(c.dest, name))) return true;
  }
  return false;
}
