import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './maven-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN mvn install", () => {
    expect(lint(rule, "RUN mvn install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN mvn install", () => {
    expect(lint(rule, "ONBUILD RUN mvn install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN mvn compile", () => {
    expect(lint(rule, "RUN mvn compile", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN mvn compile", () => {
    expect(lint(rule, "ONBUILD RUN mvn compile", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path mvn install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path mvn install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path mvn install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path mvn install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.m2 mvn install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.m2 mvn install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.m2 mvn install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.m2 mvn install", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.m2 mvn install", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.m2 mvn install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.m2 mvn install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.m2 mvn install", opts)).toEqual([]);
  });
  it("quiet: RUN mvn --version", () => {
    expect(lint(rule, "RUN mvn --version", opts)).toEqual([]);
  });
});
