import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './redundant-target-platform-flag';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM --platform=$TARGETPLATFORM alpine:3.24", () => {
    expect(lint(rule, "FROM --platform=$TARGETPLATFORM alpine:3.24", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM --platform=${TARGETPLATFORM} alpine:3.24", () => {
    expect(lint(rule, "FROM --platform=${TARGETPLATFORM} alpine:3.24", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: FROM alpine:3.24", () => {
    expect(lint(rule, "FROM alpine:3.24", opts)).toEqual([]);
  });
  it("quiet: FROM --platform=$FOOBAR alpine:3.24", () => {
    expect(lint(rule, "FROM --platform=$FOOBAR alpine:3.24", opts)).toEqual([]);
  });
  it("quiet: FROM --platform=foobar alpine:3.24", () => {
    expect(lint(rule, "FROM --platform=foobar alpine:3.24", opts)).toEqual([]);
  });
  it("quiet: FROM --platform=foobar/arm64 alpine:3.24", () => {
    expect(lint(rule, "FROM --platform=foobar/arm64 alpine:3.24", opts)).toEqual([]);
  });
  it("quiet: FROM --platform=$BUILDPLATFORM golang:1.22", () => {
    expect(lint(rule, "FROM --platform=$BUILDPLATFORM golang:1.22", opts)).toEqual([]);
  });
  it("fix: FROM --platform=$TARGETPLATFORM alpine:3.24 AS x / RUN a", () => {
    const fixed = fixOnce(rule, "FROM --platform=$TARGETPLATFORM alpine:3.24 AS x\nRUN a", opts);
    expect(fixed).toBe("FROM alpine:3.24 AS x\nRUN a");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
