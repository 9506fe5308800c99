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
      copies.push({ ins, dest: joinPath(workdir, args.dest), sources: args.sources });
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
