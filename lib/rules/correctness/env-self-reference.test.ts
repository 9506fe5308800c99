import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './env-self-reference';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: ENV BLA=\"blubb\" BLUBB=\"$BLA/$BLAFOO/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"$BLA/$BLAFOO/blubb\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}", () => {
    expect(lint(rule, "ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ENV BLA=\"blubb\" BLUBB=\"${BLA}/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"${BLA}/blubb\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ENV BLA=\"blubb\" BLUBB=\"$BLA/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"$BLA/blubb\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ENV BLA=\"blubb\" BLUBB=\"$BLA\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"$BLA\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ENV BLA=\"blubb\" BLUBB=\"${BLA}\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"${BLA}\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: ENV BLA=\"blubb\" / ENV BLUBB=\"${BLA}/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\"\nENV BLUBB=\"${BLA}/blubb\"", opts)).toEqual([]);
  });
  it("quiet: ENV BLA=\"blubb\" BLUBB=\"${FOOBLA}/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"${FOOBLA}/blubb\"", opts)).toEqual([]);
  });
  it("quiet: ENV BLA=\"blubb\" BLUBB=\"${BLAFOO}/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"${BLAFOO}/blubb\"", opts)).toEqual([]);
  });
  it("quiet: ENV BLA=\"blubb\" BLUBB=\"$FOOBLA/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"$FOOBLA/blubb\"", opts)).toEqual([]);
  });
  it("quiet: ENV BLA=\"blubb\" BLUBB=\"$BLAFOO/blubb\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"$BLAFOO/blubb\"", opts)).toEqual([]);
  });
  it("quiet: ENV BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\"", () => {
    expect(lint(rule, "ENV BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\"", opts)).toEqual([]);
  });
  it("quiet: ARG BLA / ENV BLA=${BLA}", () => {
    expect(lint(rule, "ARG BLA\nENV BLA=${BLA}", opts)).toEqual([]);
  });
  it("quiet: ENV BLA blubb / ENV BLA=${BLA}", () => {
    expect(lint(rule, "ENV BLA blubb\nENV BLA=${BLA}", opts)).toEqual([]);
  });
  it("quiet: ENV PATH=/bla:${PATH}", () => {
    expect(lint(rule, "ENV PATH=/bla:${PATH}", opts)).toEqual([]);
  });
  it("quiet: ENV PATH=/bla:${PATH} / ENV PATH=/blubb:${PATH}", () => {
    expect(lint(rule, "ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}", opts)).toEqual([]);
  });
});
