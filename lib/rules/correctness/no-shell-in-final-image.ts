import type { Rule } from '../types';
import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { copyArgs, hasNoShell, rootStage, shippedStages, stageChain } from '../size/_stages';

const SHELLS = /^(?:sh|bash|ash|dash|zsh)$/;

/** True when some COPY in the chain brings a shell (busybox, /bin/sh) into the image. */
function shellCopiedIn(model: DockerfileModel, stage: Stage): boolean {
  for (const s of stageChain(model, stage)) {
    for (const ins of s.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const args = copyArgs(ins);
      if (!args) continue;
      const all = [...args.sources, args.dest].join(' ');
      if (/busybox|\/bin\/(?:sh|bash|ash)\b|(?:^|\s)\/bin\/?(?:\s|$)/.test(all)) return true;
      if (ins.flags.some((f) => f.name.toLowerCase() === 'from' && /busybox/i.test(f.value ?? ''))) return true;
    }
  }
  return false;
}

function needsShell(ins: Instruction): boolean {
  if (ins.form === 'shell') return true;
  const first = ins.json?.[0];
  return !!first && SHELLS.test(first.split('/').pop() ?? '');
}

export const rule: Rule = {
  id: 'no-shell-in-final-image',
  title: 'Shell needed in an image that has none',
  category: 'correctness',
  severity: 'error',
  aliases: [],
  lesson: 'distroless',
  explanation:
    'scratch and distroless images contain no /bin/sh. A RUN there cannot start, and a CMD or ENTRYPOINT in shell form (or calling sh) is run as /bin/sh -c ..., so the container fails at start with "no such file or directory". Use the JSON form with the binary itself, do the work in an earlier stage, or use a :debug variant while debugging.',
  examples: {
    bad: 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nCMD /app --port 8080',
    good: 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nCMD ["/app", "--port", "8080"]',
  },
  check(ctx) {
    const { model } = ctx;
    const shipped = shippedStages(model);
    for (const stage of model.stages) {
      const root = rootStage(model, stage);
      if (!hasNoShell(root) || shellCopiedIn(model, stage)) continue;
      const base = root.isScratch ? 'scratch' : root.image.raw;
      for (const ins of stage.instructions) {
        if (ins.keyword === 'RUN' && needsShell(ins)) {
          ctx.report({ span: ins.span, message: `${base} has no /bin/sh, so this RUN cannot start: do this work in an earlier stage and COPY the result.` });
        } else if (shipped.has(stage.index) && (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && ins.argsText.trim() && needsShell(ins)) {
          ctx.report({
            span: ins.span,
            message: `${base} has no /bin/sh, so this ${ins.keyword} fails at container start: use the JSON form with the binary itself, e.g. ${ins.keyword} ["/app"].`,
          });
        } else if (shipped.has(stage.index) && ins.keyword === 'HEALTHCHECK' && /^\s*CMD\s/i.test(ins.argsText) && !/^\s*CMD\s+\[/i.test(ins.argsText)) {
          ctx.report({ span: ins.span, message: `${base} has no /bin/sh, so this shell-form HEALTHCHECK always fails: use HEALTHCHECK CMD ["/probe"].` });
        }
      }
    }
  },
};
