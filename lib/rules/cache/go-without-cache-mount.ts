import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'go-without-cache-mount',
  alias: 'DL3070',
  tool: 'go',
  matches: (cmd) => hasAnyArg(cmd, ['go'], ['build', 'get', 'mod', 'install', 'test', 'run', 'generate']),
  cachePaths: ['go-build', 'pkg/mod'],
  suggestion: '--mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod',
  bad: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .',
  good: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod go build -o /app .',
});
