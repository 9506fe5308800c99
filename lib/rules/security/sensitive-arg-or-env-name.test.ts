import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './sensitive-arg-or-env-name';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: ARG AWS_ACCESS_KEY_ID / FROM debian:bullseye / RUN foobar", () => {
    expect(lint(rule, "ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ARG openai_api_key / FROM debian:bullseye / RUN foobar", () => {
    expect(lint(rule, "ARG openai_api_key\nFROM debian:bullseye\nRUN foobar", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM debian:bullseye / ENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz / RUN foobar", () => {
    expect(lint(rule, "FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM debian:bullseye / ENV my_password=abcdefghijklmnopqrstuvwxyz / RUN foobar", () => {
    expect(lint(rule, "FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM a / ONBUILD ARG NPM_TOKEN", () => {
    expect(lint(rule, "FROM a\nONBUILD ARG NPM_TOKEN", opts).map((d) => d.line)).toEqual([2]);
  });
  it("quiet: FROM debian:bullseye / RUN foobar", () => {
    expect(lint(rule, "FROM debian:bullseye\nRUN foobar", opts)).toEqual([]);
  });
  it("quiet: ARG foobar / FROM debian:bullseye / RUN foobar", () => {
    expect(lint(rule, "ARG foobar\nFROM debian:bullseye\nRUN foobar", opts)).toEqual([]);
  });
  it("quiet: FROM debian:bullseye / ENV foobar=barfoo / RUN foobar", () => {
    expect(lint(rule, "FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar", opts)).toEqual([]);
  });
});
