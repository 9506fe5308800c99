import type { Rule } from '../types';
import { copyArgs, stripQuotes } from './_run-scan';

export const rule: Rule = {
  id: 'copy-whole-filesystem-from-stage',
  title: 'COPY --from copies a whole filesystem onto /',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3067'],
  lesson: 'multi-stage',
  explanation:
    'COPY --from=stage / / lays the entire other filesystem over this one: package databases, /etc, users and the shell all get replaced, which defeats the point of a multi-stage build and can break the image in subtle ways. Copy only the directories the app needs.',
  examples: {
    bad: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build / /',
    good: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'COPY' || !ins.flags.some((f) => f.name === 'from')) continue;
      const args = copyArgs(ins).map(stripQuotes);
      if (args.length < 2) continue;
      const dest = args[args.length - 1];
      if (dest === '/' && args.slice(0, -1).includes('/')) {
        ctx.report({ span: ins.span, message: 'This copies the whole filesystem of another stage onto /: copy only the paths the app needs.' });
      }
    }
  },
};
