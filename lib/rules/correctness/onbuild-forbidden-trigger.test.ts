import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './onbuild-forbidden-trigger';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: ONBUILD ONBUILD RUN anything", () => {
    expect(lint(rule, "ONBUILD ONBUILD RUN anything", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD FROM debian:buster", () => {
    expect(lint(rule, "ONBUILD FROM debian:buster", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD MAINTAINER \"BoJack Horseman\"", () => {
    expect(lint(rule, "ONBUILD MAINTAINER \"BoJack Horseman\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: ONBUILD ADD anything anywhere", () => {
    expect(lint(rule, "ONBUILD ADD anything anywhere", opts)).toEqual([]);
  });
  it("quiet: ONBUILD USER anything", () => {
    expect(lint(rule, "ONBUILD USER anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD LABEL bla=\"blubb\"", () => {
    expect(lint(rule, "ONBUILD LABEL bla=\"blubb\"", opts)).toEqual([]);
  });
  it("quiet: ONBUILD STOPSIGNAL anything", () => {
    expect(lint(rule, "ONBUILD STOPSIGNAL anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD COPY anything anywhere", () => {
    expect(lint(rule, "ONBUILD COPY anything anywhere", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN anything", () => {
    expect(lint(rule, "ONBUILD RUN anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD CMD anything", () => {
    expect(lint(rule, "ONBUILD CMD anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD WORKDIR anything", () => {
    expect(lint(rule, "ONBUILD WORKDIR anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD EXPOSE 69", () => {
    expect(lint(rule, "ONBUILD EXPOSE 69", opts)).toEqual([]);
  });
  it("quiet: ONBUILD VOLUME anything", () => {
    expect(lint(rule, "ONBUILD VOLUME anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD ENTRYPOINT anything", () => {
    expect(lint(rule, "ONBUILD ENTRYPOINT anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD ENV MYVAR=\"bla\"", () => {
    expect(lint(rule, "ONBUILD ENV MYVAR=\"bla\"", opts)).toEqual([]);
  });
  it("quiet: ONBUILD ARG anything", () => {
    expect(lint(rule, "ONBUILD ARG anything", opts)).toEqual([]);
  });
  it("quiet: ONBUILD HEALTHCHECK NONE", () => {
    expect(lint(rule, "ONBUILD HEALTHCHECK NONE", opts)).toEqual([]);
  });
  it("quiet: FROM debian:buster", () => {
    expect(lint(rule, "FROM debian:buster", opts)).toEqual([]);
  });
  it("quiet: MAINTAINER \"Some Guy\"", () => {
    expect(lint(rule, "MAINTAINER \"Some Guy\"", opts)).toEqual([]);
  });
});
