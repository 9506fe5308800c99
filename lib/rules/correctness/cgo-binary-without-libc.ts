import type { Rule } from '../types';
import type { DockerfileModel, EmbeddedScript, Instruction, Stage } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
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

/** A `go build` or `go install` that may link against libc, with the RUN it is in. */
export interface DynamicGoBuild {
  run: Instruction;
  cmd: ShellCommand;
  embedded: EmbeddedScript;
}

/** Go builds in the stage's chain that may link against libc: go build/install without CGO_ENABLED=0 or static linking flags. */
function dynamicGoBuilds(model: DockerfileModel, stage: Stage): DynamicGoBuild[] {
  const root = rootStage(model, stage);
  const repo = repoName(root);
  // golang:*-alpine has no C compiler, so go falls back to CGO_ENABLED=0 by itself
  if (repo !== 'golang' || /alpine/.test(root.image.tag ?? '') || root.image.unresolved) return [];
  if (cgoOffByDeclaration(model, stage)) return [];
  const chain = new Set(stageChain(model, stage).map((s) => s.index));
  const found: DynamicGoBuild[] = [];
  for (const site of runSites(model)) {
    if (site.onbuild || !chain.has(site.run.stageIndex)) continue;
    const off = site.commands.some(({ cmd }) =>
      cmd.assignments.some((a) => a.name === 'CGO_ENABLED' && a.value === '0') ||
      (cmd.base === 'export' && cmd.args.includes('CGO_ENABLED=0')) ||
      (cmd.base === 'go' && cmd.args[0] === 'env' && cmd.args.includes('CGO_ENABLED=0')),
    );
    if (off) continue;
    for (const { cmd, embedded } of site.commands) {
      if (cmd.base !== 'go' || (cmd.args[0] !== 'build' && cmd.args[0] !== 'install')) continue;
      const text = cmd.args.join(' ');
      if (/-static\b|netgo/.test(text)) continue;
      found.push({ run: site.run, cmd, embedded });
    }
  }
  return found;
}

/** Every COPY from a cgo-enabled Go build into a shipped image without glibc (shared with the optimizer's repairs). */
export function* cgoCopiesWithoutLibc(model: DockerfileModel): Generator<{ ins: Instruction; src: Stage; root: Stage; line: number; builds: DynamicGoBuild[] }> {
  for (const { ins, src, root } of copiesIntoLibcFreeImage(model)) {
    const builds = dynamicGoBuilds(model, src);
    if (builds.length) yield { ins, src, root, line: builds[0].run.span.start.line, builds };
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
