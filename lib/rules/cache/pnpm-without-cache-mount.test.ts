import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pnpm-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN pnpm install", () => {
    expect(lint(rule, "RUN pnpm install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pnpm install", () => {
    expect(lint(rule, "ONBUILD RUN pnpm install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pnpm add lodash", () => {
    expect(lint(rule, "RUN pnpm add lodash", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pnpm add lodash", () => {
    expect(lint(rule, "ONBUILD RUN pnpm add lodash", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path pnpm install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path pnpm install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path pnpm install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path pnpm install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.local/share/pnpm/store pnpm install", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.local/share/pnpm/store pnpm install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.local/share/pnpm/store pnpm install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.local/share/pnpm/store pnpm install", opts)).toEqual([]);
  });
});
