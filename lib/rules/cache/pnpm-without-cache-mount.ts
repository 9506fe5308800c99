import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'pnpm-without-cache-mount',
  alias: 'DL3075',
  tool: 'pnpm',
  matches: (cmd) => hasAnyArg(cmd, ['pnpm'], ['install', 'i', 'add', 'fetch']),
  cachePaths: ['pnpm'],
  suggestion: '--mount=type=cache,target=/root/.local/share/pnpm/store',
  bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile',
  good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile',
});
