import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './consecutive-run-instructions';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN /foo.sh / RUN /bar.sh", () => {
    expect(lint(rule, "RUN /foo.sh\nRUN /bar.sh", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: RUN /foo.sh / # a comment / RUN /bar.sh", () => {
    expect(lint(rule, "RUN /foo.sh\n# a comment\nRUN /bar.sh", opts).map((d) => d.line)).toEqual([3]);
  });
  it("fires: RUN /foo.sh / # a comment / # another comment / RUN /bar.sh", () => {
    expect(lint(rule, "RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh", opts).map((d) => d.line)).toEqual([4]);
  });
  it("fires: RUN --mount=type=secret,id=foo /foo.sh / RUN --mount=type=secret,id=foo /bar.sh", () => {
    expect(lint(rule, "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: RUN foo && bar / RUN foo / RUN bar", () => {
    expect(lint(rule, "RUN foo && bar\nRUN foo\nRUN bar", opts).map((d) => d.line)).toEqual([3]);
  });
  it("quiet: FROM debian:10", () => {
    expect(lint(rule, "FROM debian:10", opts)).toEqual([]);
  });
  it("quiet: RUN /foo.sh", () => {
    expect(lint(rule, "RUN /foo.sh", opts)).toEqual([]);
  });
  it("quiet: RUN /foo.sh / WORKDIR / / RUN /bar.sh", () => {
    expect(lint(rule, "RUN /foo.sh\nWORKDIR /\nRUN /bar.sh", opts)).toEqual([]);
  });
  it("quiet: # a comment / RUN /foo.sh", () => {
    expect(lint(rule, "# a comment\nRUN /foo.sh", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=secret,id=foo /foo.sh / RUN /bar.sh", () => {
    expect(lint(rule, "RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=secret,id=foo /foo.sh / RUN --mount=type=secret,id=bar /bar.sh", () => {
    expect(lint(rule, "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh", opts)).toEqual([]);
  });
  it("quiet: RUN foo && bar / RUN foobar", () => {
    expect(lint(rule, "RUN foo && bar\nRUN foobar", opts)).toEqual([]);
  });
  it("quiet: RUN foo; bar / RUN foobar", () => {
    expect(lint(rule, "RUN foo; bar\nRUN foobar", opts)).toEqual([]);
  });
  it("quiet: RUN foobar / RUN foo && bar", () => {
    expect(lint(rule, "RUN foobar\nRUN foo && bar", opts)).toEqual([]);
  });
  it("quiet: RUN foobar / RUN foo; bar", () => {
    expect(lint(rule, "RUN foobar\nRUN foo; bar", opts)).toEqual([]);
  });
  it("quiet: RUN foo && bar / RUN foo; bar", () => {
    expect(lint(rule, "RUN foo && bar\nRUN foo; bar", opts)).toEqual([]);
  });
});
