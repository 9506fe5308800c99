import { describe, it, expect } from 'vitest';
import { rule } from './build-cache-left-in-layer';
import { lint, linesOf } from '../testing';

describe('build-cache-left-in-layer', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(lint(rule, rule.examples.bad)[0].message).toContain('~/.npm');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('covers go, maven, gradle, cargo, uv, poetry and composer', () => {
    const cases = [
      'RUN go build -o /app .',
      'RUN go mod download',
      'RUN mvn -B package',
      'RUN ./gradlew build',
      'RUN cargo build --release',
      'RUN uv sync --frozen',
      'RUN poetry install --no-root',
      'RUN composer install --no-dev',
    ];
    for (const line of cases) expect(linesOf(rule, `FROM x\n${line}`), line).toEqual([2]);
  });
  it('accepts clean-up in the same RUN, cache mounts, no-cache flags and builder stages', () => {
    const ok = [
      'RUN go build -o /app . && go clean -cache -modcache',
      'RUN mvn package && rm -rf ~/.m2',
      'RUN --mount=type=cache,target=/root/.npm npm ci',
      'RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app',
      'RUN uv pip install --no-cache -r r.txt',
      'RUN composer install --no-cache',
      'RUN npm ci && rm -rf /root/.npm',
      'RUN pip install -r r.txt',
      'RUN yarn install',
    ];
    for (const line of ok) expect(linesOf(rule, `FROM x\n${line}`), line).toEqual([]);
    expect(linesOf(rule, 'FROM node:22 AS build\nRUN npm ci && npm run build\nFROM nginx\nCOPY --from=build /dist /usr/share/nginx/html')).toEqual([]);
    expect(linesOf(rule, 'FROM node:22\nONBUILD RUN npm ci')).toEqual([]);
  });
});
