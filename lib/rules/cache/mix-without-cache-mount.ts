import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'mix-without-cache-mount',
  alias: 'DL3076',
  tool: 'Mix/Hex',
  matches: (cmd) => hasAnyArg(cmd, ['mix'], ['deps.get', 'deps.compile', 'compile', 'release']),
  cachePaths: ['.hex', '.mix'],
  suggestion: '--mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.mix',
  bad: 'FROM elixir:1.17\nWORKDIR /app\nCOPY . .\nRUN mix deps.get',
  good: 'FROM elixir:1.17\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.mix mix deps.get',
});
