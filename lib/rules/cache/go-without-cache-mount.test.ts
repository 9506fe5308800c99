import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './go-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN go build ./...", () => {
    expect(lint(rule, "RUN go build ./...", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN go build ./...", () => {
    expect(lint(rule, "ONBUILD RUN go build ./...", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN go get github.com/foo/bar", () => {
    expect(lint(rule, "RUN go get github.com/foo/bar", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN go get github.com/foo/bar", () => {
    expect(lint(rule, "ONBUILD RUN go get github.com/foo/bar", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN go mod download", () => {
    expect(lint(rule, "RUN go mod download", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN go mod download", () => {
    expect(lint(rule, "ONBUILD RUN go mod download", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path go build ./...", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path go build ./...", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path go build ./...", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path go build ./...", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.cache/go-build go build ./...", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.cache/go-build go build ./...", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.cache/go-build go build ./...", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.cache/go-build go build ./...", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/go/pkg/mod go build ./...", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/go/pkg/mod go build ./...", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/go/pkg/mod go build ./...", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/go/pkg/mod go build ./...", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.cache/go-build go build ./...", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.cache/go-build go build ./...", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.cache/go-build go build ./...", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.cache/go-build go build ./...", opts)).toEqual([]);
  });
  it("quiet: RUN go version", () => {
    expect(lint(rule, "RUN go version", opts)).toEqual([]);
  });
});
