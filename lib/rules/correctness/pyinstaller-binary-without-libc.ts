import type { Rule } from '../types';
import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { runSites } from './_run-scan';
import { copiesIntoLibcFreeImage, copyArgs, stageChain } from '../size/_stages';

/** Names PyInstaller gives its output in a stage (script basenames and --name values), or null when it is not used. */
function pyinstallerOutputs(model: DockerfileModel, stage: Stage): { names: Set<string>; staticx: boolean } | null {
  const chain = new Set(stageChain(model, stage).map((s) => s.index));
  let found = false;
  let staticx = false;
  const names = new Set<string>();
  for (const site of runSites(model)) {
    if (site.onbuild || !chain.has(site.run.stageIndex)) continue;
    for (const { cmd } of site.commands) {
      const isPyi = cmd.base === 'pyinstaller' || (/^python[0-9.]*$/.test(cmd.base) && cmd.args[0] === '-m' && /^pyinstaller$/i.test(cmd.args[1] ?? ''));
      if (cmd.base === 'staticx') staticx = true;
      if (!isPyi) continue;
      found = true;
      cmd.args.forEach((a, i) => {
        if (/\.(?:py|spec)$/.test(a)) names.add(a.split('/').pop()!.replace(/\.(?:py|spec)$/, ''));
        if ((a === '-n' || a === '--name') && cmd.args[i + 1]) names.add(cmd.args[i + 1]);
        if (a.startsWith('--name=')) names.add(a.slice(7));
      });
    }
  }
  return found ? { names, staticx } : null;
}

/**
 * Every COPY of a PyInstaller output into a shipped image without glibc, with the builder stage
 * and whether staticx made it static (shared with the runtime-with-libc optimizer pass).
 */
export function* pyinstallerCopiesWithoutLibc(model: DockerfileModel): Generator<{ ins: Instruction; src: Stage; root: Stage; staticx: boolean }> {
  for (const { ins, src, root } of copiesIntoLibcFreeImage(model)) {
    const args = copyArgs(ins);
    if (!args) continue;
    const pyi = pyinstallerOutputs(model, src);
    if (!pyi) continue;
    const isOutput = args.sources.some((s) => /(?:^|\/)dist(?:\/|$)/.test(s) || pyi.names.has(s.replace(/\/+$/, '').split('/').pop() ?? ''));
    if (isOutput) yield { ins, src, root, staticx: pyi.staticx };
  }
}

export const rule: Rule = {
  id: 'pyinstaller-binary-without-libc',
  title: 'PyInstaller executable copied into an image without glibc',
  category: 'correctness',
  severity: 'error',
  aliases: [],
  lesson: 'distroless',
  explanation:
    'A PyInstaller executable is not a static binary: it is linked against the glibc of the image it was built in, and a one-file build unpacks itself into /tmp when it starts. scratch has neither a C library nor /tmp, so the container fails at start with "no such file or directory". Run it on gcr.io/distroless/base-debian13 or cc (glibc and /tmp included), or make it static with staticx and provide a /tmp.',
  examples: {
    bad: 'FROM python:3.9-slim AS builder\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir pyinstaller && pyinstaller --onefile inference.py\n\nFROM scratch\nWORKDIR /app\nCOPY --from=builder /app/dist/inference /app/inference\nENTRYPOINT ["/app/inference"]',
    good: 'FROM python:3.9-slim AS builder\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir pyinstaller && pyinstaller --onefile inference.py\n\nFROM gcr.io/distroless/base-debian13\nWORKDIR /app\nCOPY --from=builder /app/dist/inference /app/inference\nENTRYPOINT ["/app/inference"]',
  },
  check(ctx) {
    for (const { ins, src, root, staticx } of pyinstallerCopiesWithoutLibc(ctx.model)) {
      const base = root.isScratch ? 'scratch' : root.image.raw;
      if (staticx) {
        if (!root.isScratch) continue; // static distroless has /tmp
        ctx.report({ span: ins.span, message: `A PyInstaller one-file executable unpacks itself into /tmp at start, and scratch has no /tmp: create one (e.g. COPY --from=${src.name ?? src.index} /tmp /tmp) or use gcr.io/distroless/static.` });
        continue;
      }
      ctx.report({
        span: ins.span,
        message: `This PyInstaller executable needs glibc (and a writable /tmp for --onefile), which ${base} does not have: the container fails to start. Use gcr.io/distroless/base-debian13 (or cc) as the final image, or make the binary static with staticx.`,
      });
    }
  },
};
