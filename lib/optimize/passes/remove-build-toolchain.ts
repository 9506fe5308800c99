import type { Instruction, Stage } from '../../model/types';
import { appendCommand, Changes, styleOf } from '../edit';
import { appendableAptInstalls, installedPackages, isPip } from '../facts';
import type { Pass } from '../types';

/** Compilers and build tools: needed to build, never to run. Library headers (-dev) are left alone: their runtime libraries would be auto-removed with them. */
export const TOOLCHAIN: ReadonlySet<string> = new Set(['build-essential', 'gcc', 'g++', 'make', 'cmake', 'autoconf', 'automake', 'libtool', 'pkg-config', 'cpp', 'clang', 'gfortran']);
const BUILDERS = new Set(['npm', 'yarn', 'gem', 'bundle', 'make', 'cmake', 'cargo', 'go', 'python', 'python3', 'node-gyp', 'configure', 'composer']);

/** True when a step after `ins` in its stage, or the program itself, calls a compiler or build tool. */
export function laterStepsBuild(stage: Stage, ins: Instruction): boolean {
  return stage.instructions.some((i) => i.index > ins.index && (i.keyword === 'RUN' || i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && callsBuildTools(i));
}

/** True when the instruction calls a compiler or build tool (so the image still needs them at that point). */
export function callsBuildTools(ins: Instruction): boolean {
  return /\b(gcc|g\+\+|make|cc|cmake|pip3?|npm|gem|bundle|cargo|node-gyp)\b/.test(ins.argsText) || (ins.json ?? []).some((a) => /make|gcc|pip|npm/.test(a));
}

export const pass: Pass = {
  id: 'remove-build-toolchain',
  title: 'Remove the build toolchain after building',
  risk: 'review',
  lesson: 'why-size',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const { stage, ins, script, cmds, installAt } of appendableAptInstalls(model, options.target)) {
      const tools = installedPackages(cmds[installAt]).filter((p) => TOOLCHAIN.has(p));
      if (!tools.length) continue;
      if (!cmds.slice(installAt + 1).some((c) => isPip(c) || BUILDERS.has(c.base) || c.name.startsWith('./'))) continue;
      if (cmds.some((c) => c.base === 'apt-get' && (c.args[0] === 'purge' || c.args[0] === 'remove'))) continue;
      if (laterStepsBuild(stage, ins)) continue;
      changes.add(
        `Remove ${tools.join(', ')} once the build is done`,
        `${tools.join(', ')} were installed to compile dependencies and then shipped, typically 150-250 MB. Purging them at the end of the same RUN keeps them out of the layer. ` +
          'Check that nothing at run time compiles code (some packages build extensions on first use).',
        [appendCommand(style, script, `apt-get purge -y --auto-remove ${tools.join(' ')}`)],
      );
    }
    return changes.output();
  },
};
