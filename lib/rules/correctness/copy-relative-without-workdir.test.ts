import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './copy-relative-without-workdir';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: COPY bla.sh blubb.sh", () => {
    expect(lint(rule, "COPY bla.sh blubb.sh", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: COPY bla.sh \"blubb.sh\"", () => {
    expect(lint(rule, "COPY bla.sh \"blubb.sh\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM debian:buster as stage1 / WORKDIR /usr / FROM debian:buster / COPY foo bar", () => {
    expect(lint(rule, "FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar", opts).map((d) => d.line)).toEqual([4]);
  });
  it("fires: FROM microsoft/windowsservercore as stage1 / WORKDIR c:\\system32 / FROM microsoft/windowsservercore / COPY foo bar", () => {
    expect(lint(rule, "FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar", opts).map((d) => d.line)).toEqual([4]);
  });
  it("fires: COPY a b", () => {
    expect(lint(rule, "COPY a b", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM a / COPY [\"x\", \"y\"]", () => {
    expect(lint(rule, "FROM a\nCOPY [\"x\", \"y\"]", opts).map((d) => d.line)).toEqual([2]);
  });
  it("quiet: COPY bla.sh /usr/local/bin/blubb.sh", () => {
    expect(lint(rule, "COPY bla.sh /usr/local/bin/blubb.sh", opts)).toEqual([]);
  });
  it("quiet: COPY bla.sh \"/usr/local/bin/blubb.sh\"", () => {
    expect(lint(rule, "COPY bla.sh \"/usr/local/bin/blubb.sh\"", opts)).toEqual([]);
  });
  it("quiet: COPY bla.sh c:\\system32\\blubb.sh", () => {
    expect(lint(rule, "COPY bla.sh c:\\system32\\blubb.sh", opts)).toEqual([]);
  });
  it("quiet: COPY bla.sh \"d:\\mypath\\blubb.sh\"", () => {
    expect(lint(rule, "COPY bla.sh \"d:\\mypath\\blubb.sh\"", opts)).toEqual([]);
  });
  it("quiet: COPY bla.sh c:/system32/blubb.sh", () => {
    expect(lint(rule, "COPY bla.sh c:/system32/blubb.sh", opts)).toEqual([]);
  });
  it("quiet: FROM scratch / WORKDIR /usr / COPY bla.sh blubb.sh", () => {
    expect(lint(rule, "FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh", opts)).toEqual([]);
  });
  it("quiet: FROM scratch / WORKDIR c:\\system32 / COPY bla.sh blubb.sh", () => {
    expect(lint(rule, "FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh", opts)).toEqual([]);
  });
  it("quiet: COPY src.sh ${SRC_BASE_ENV}", () => {
    expect(lint(rule, "COPY src.sh ${SRC_BASE_ENV}", opts)).toEqual([]);
  });
  it("quiet: COPY src.sh $SRC_BASE_ENV", () => {
    expect(lint(rule, "COPY src.sh $SRC_BASE_ENV", opts)).toEqual([]);
  });
  it("quiet: COPY src.sh \"${SRC_BASE_ENV}\"", () => {
    expect(lint(rule, "COPY src.sh \"${SRC_BASE_ENV}\"", opts)).toEqual([]);
  });
  it("quiet: COPY src.sh \"$SRC_BASE_ENV\"", () => {
    expect(lint(rule, "COPY src.sh \"$SRC_BASE_ENV\"", opts)).toEqual([]);
  });
  it("quiet: FROM debian:buster as base / WORKDIR /usr / FROM debian:buster as stage-inbetween / RUN foo / FROM base / COPY foo bar", () => {
    expect(lint(rule, "FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar", opts)).toEqual([]);
  });
  it("quiet: FROM debian:buster as base1 / WORKDIR /usr / FROM base1 as base2 / RUN foo / FROM base2 / COPY foo bar", () => {
    expect(lint(rule, "FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar", opts)).toEqual([]);
  });
  it("quiet: FROM debian:buster / ONBUILD WORKDIR /usr/local/lib / ONBUILD COPY foo bar", () => {
    expect(lint(rule, "FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar", opts)).toEqual([]);
  });
});
