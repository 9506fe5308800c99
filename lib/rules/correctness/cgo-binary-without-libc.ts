import type { Rule } from '../types';
import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { runSites } from './_run-scan';
import { copiesIntoLibcFreeImage, repoName, rootStage, stageChain } from '../size/_stages';

/** True when CGO_ENABLED=0 is set by ENV/ARG in the chain. */
function cgoOffByDeclaration(model: DockerfileModel, stage: Stage): boolean {
  for (const s of stageChain(model, stage)) {
    for (const ins of s.instructions) {
      if ((ins.keyword === 'ENV' || ins.keyword === 'ARG') && ins.pairs.some((p) => p.key === 'CGO_ENABLED' && p.value === '0')) return true;
    }
  }
  return false;
}

/** Go builds in the stage that may link against libc: go build/install without CGO_ENABLED=0 or static linking flags. */
function dynamicGoBuild(model: DockerfileModel, stage: Stage): number | null {
  const root = rootStage(model, stage);
  const repo = repoName(root);
  // golang:*-alpine has no C compiler, so go falls back to CGO_ENABLED=0 by itself
  if (repo !== 'golang' || /alpine/.test(root.image.tag ?? '') || root.image.unresolved) return null;
  if (cgoOffByDeclaration(model, stage)) return null;
  const chain = new Set(stageChain(model, stage).map((s) => s.index));
  for (const site of runSites(model)) {
    if (site.onbuild || !chain.has(site.run.stageIndex)) continue;
    const off = site.commands.some(({ cmd }) =>
      cmd.assignments.some((a) => a.name === 'CGO_ENABLED' && a.value === '0') ||
      (cmd.base === 'export' && cmd.args.includes('CGO_ENABLED=0')) ||
      (cmd.base === 'go' && cmd.args[0] === 'env' && cmd.args.includes('CGO_ENABLED=0')),
    );
    if (off) continue;
    for (const { cmd } of site.commands) {
      if (cmd.base !== 'go' || (cmd.args[0] !== 'build' && cmd.args[0] !== 'install')) continue;
      const text = cmd.args.join(' ');
      if (/-static\b|netgo/.test(text)) continue;
      return site.ins.span.start.line;
    }
  }
  return null;
}

/** Every COPY from a cgo-enabled Go build into a shipped image without glibc (shared with the runtime-with-libc optimizer pass). */
export function* cgoCopiesWithoutLibc(model: DockerfileModel): Generator<{ ins: Instruction; src: Stage; root: Stage; line: number }> {
  for (const { ins, src, root } of copiesIntoLibcFreeImage(model)) {
    const line = dynamicGoBuild(model, src);
    if (line !== null) yield { ins, src, root, line };
  }
}

export const rule: Rule = {
  id: 'cgo-binary-without-libc',
  title: 'Go binary that may need libc copied into scratch',
  category: 'correctness',
  severity: 'warning',
  aliases: [],
  lesson: 'distroless',
  explanation:
    'On the Debian-based golang images, go build uses cgo by default, and a program that imports net or os/user is then linked against glibc. scratch and distroless/static contain no C library, so such a binary fails at start with "exec /app: no such file or directory". Build with CGO_ENABLED=0 for a static binary, or use distroless/base, which has glibc.',
  examples: {
    bad: 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]',
    good: 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]',
  },
  check(ctx) {
    for (const { ins, root, line } of cgoCopiesWithoutLibc(ctx.model)) {
      ctx.report({
        span: ins.span,
        message: `The go build on line ${line} runs with cgo enabled (the golang image's default), so the binary may need glibc, which ${root.isScratch ? 'scratch' : root.image.raw} does not have: build with CGO_ENABLED=0.`,
      });
    }
  },
};
