import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './mix-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN mix deps.get", () => {
    expect(lint(rule, "RUN mix deps.get", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN mix deps.get", () => {
    expect(lint(rule, "ONBUILD RUN mix deps.get", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN mix compile", () => {
    expect(lint(rule, "RUN mix compile", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN mix compile", () => {
    expect(lint(rule, "ONBUILD RUN mix compile", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path mix deps.get", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path mix deps.get", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path mix deps.get", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path mix deps.get", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.hex mix deps.get", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.hex mix deps.get", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.hex mix deps.get", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.hex mix deps.get", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.mix mix deps.get", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.mix mix deps.get", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.mix mix deps.get", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.mix mix deps.get", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.hex mix deps.get", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.hex mix deps.get", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.hex mix deps.get", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.hex mix deps.get", opts)).toEqual([]);
  });
});
