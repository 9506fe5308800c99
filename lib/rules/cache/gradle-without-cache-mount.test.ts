import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './gradle-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN gradle build", () => {
    expect(lint(rule, "RUN gradle build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN gradle build", () => {
    expect(lint(rule, "ONBUILD RUN gradle build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN ./gradlew build", () => {
    expect(lint(rule, "RUN ./gradlew build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN ./gradlew build", () => {
    expect(lint(rule, "ONBUILD RUN ./gradlew build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path gradle build", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path gradle build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path gradle build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path gradle build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.gradle gradle build", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.gradle gradle build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.gradle gradle build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.gradle gradle build", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.gradle gradle build", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.gradle gradle build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.gradle gradle build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.gradle gradle build", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.gradle ./gradlew build", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.gradle ./gradlew build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.gradle ./gradlew build", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.gradle ./gradlew build", opts)).toEqual([]);
  });
});
