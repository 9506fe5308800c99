import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './composer-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN composer install", () => {
    expect(lint(rule, "RUN composer install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN composer install", () => {
    expect(lint(rule, "ONBUILD RUN composer install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN composer update", () => {
    expect(lint(rule, "RUN composer update", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN composer update", () => {
    expect(lint(rule, "ONBUILD RUN composer update", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path composer install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path composer install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path composer install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path composer install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.composer/cache composer install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.composer/cache composer install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.composer/cache composer install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.composer/cache composer install", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.composer/cache composer install", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.composer/cache composer install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.composer/cache composer install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.composer/cache composer install", opts)).toEqual([]);
  });
});
