/** Shared by the BuildKit cache-mount hints (DL3069-DL3077): a tool runs in RUN without a cache or tmpfs mount on its cache. */
import type { Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import type { Rule } from '../types';
import { runSites } from '../correctness/_run-scan';

/** Targets of --mount=type=cache / type=tmpfs on the RUN. */
export function cacheMountTargets(run: Instruction): string[] {
  const out: string[] = [];
  for (const f of run.flags) {
    if (f.name !== 'mount' || !f.value) continue;
    const kv = new Map<string, string>();
    for (const part of f.value.split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) kv.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
    }
    const type = kv.get('type');
    const target = kv.get('target') ?? kv.get('dst') ?? kv.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target) out.push(target);
  }
  return out;
}

export interface CacheMountSpec {
  id: string;
  alias: string;
  tool: string;
  /** true when the command is one that fills the cache */
  matches(cmd: ShellCommand): boolean;
  /** substrings of a mount target that cover the cache */
  cachePaths: string[];
  suggestion: string;
  bad: string;
  good: string;
}

export function cacheMountRule(spec: CacheMountSpec): Rule {
  return {
    id: spec.id,
    title: `${spec.tool} without a BuildKit cache mount`,
    category: 'cache',
    severity: 'info',
    aliases: [spec.alias],
    lesson: 'layers',
    explanation: `${spec.tool} downloads dependencies into its cache on every build that misses the layer cache, starting from nothing each time. A BuildKit cache mount (${spec.suggestion}) keeps that cache between builds without storing it in the image, so rebuilds are faster and the layer stays small.`,
    examples: { bad: spec.bad, good: spec.good },
    check(ctx) {
      for (const site of runSites(ctx.model)) {
        if (!site.commands.some(({ cmd }) => spec.matches(cmd))) continue;
        const targets = cacheMountTargets(site.run);
        if (targets.some((t) => spec.cachePaths.some((p) => t.includes(p)))) continue;
        ctx.report({ span: site.ins.span, message: `${spec.tool} re-downloads its dependencies on every rebuild: add ${spec.suggestion} to this RUN.` });
      }
    },
  };
}

export function hasAnyArg(cmd: ShellCommand, names: readonly string[], args: readonly string[]): boolean {
  return names.includes(cmd.base) && cmd.args.some((a) => args.includes(a));
}
