import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './bundler-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN gem install rails", () => {
    expect(lint(rule, "RUN gem install rails", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN gem install rails", () => {
    expect(lint(rule, "ONBUILD RUN gem install rails", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN bundle install", () => {
    expect(lint(rule, "RUN bundle install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN bundle install", () => {
    expect(lint(rule, "ONBUILD RUN bundle install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path bundle install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path bundle install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path bundle install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path bundle install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/usr/local/bundle bundle install", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/usr/local/bundle bundle install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/usr/local/bundle bundle install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/usr/local/bundle bundle install", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.gem gem install rails", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.gem gem install rails", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.gem gem install rails", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.gem gem install rails", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/usr/local/bundle bundle install", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/usr/local/bundle bundle install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/usr/local/bundle bundle install", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/usr/local/bundle bundle install", opts)).toEqual([]);
  });
});
