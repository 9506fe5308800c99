import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './cargo-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN cargo build", () => {
    expect(lint(rule, "RUN cargo build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN cargo build", () => {
    expect(lint(rule, "ONBUILD RUN cargo build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN cargo install ripgrep", () => {
    expect(lint(rule, "RUN cargo install ripgrep", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN cargo install ripgrep", () => {
    expect(lint(rule, "ONBUILD RUN cargo install ripgrep", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path cargo build", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path cargo build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path cargo build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path cargo build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.cargo cargo build", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.cargo cargo build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.cargo cargo build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.cargo cargo build", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.cargo cargo build", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.cargo cargo build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.cargo cargo build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.cargo cargo build", opts)).toEqual([]);
  });
});
