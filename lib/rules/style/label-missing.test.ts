import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-missing';

const opts: LintOptions = { config: {"labelSchema":{"foo":"text"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.source":"url"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM baseimage", () => {
    expect(lint(rule, "FROM baseimage", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM baseimage / LABEL bar=\"baz\"", () => {
    expect(lint(rule, "FROM baseimage\nLABEL bar=\"baz\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM stage1 / FROM stage2", () => {
    expect(lint(rule, "FROM stage1\nFROM stage2", opts).map((d) => d.line)).toEqual([1,2]);
  });
  it("fires: FROM stage1 / LABEL bar=\"baz\" / FROM stage2 / LABEL buzz=\"fuzz\"", () => {
    expect(lint(rule, "FROM stage1\nLABEL bar=\"baz\"\nFROM stage2\nLABEL buzz=\"fuzz\"", opts).map((d) => d.line)).toEqual([1,3]);
  });
  it("fires: FROM baseimage / FROM newimage / LABEL foo=\"bar\"", () => {
    expect(lint(rule, "FROM baseimage\nFROM newimage\nLABEL foo=\"bar\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM baseimage / LABEL baz=\"bar\" / FROM newimage / LABEL foo=\"bar\"", () => {
    expect(lint(rule, "FROM baseimage\nLABEL baz=\"bar\"\nFROM newimage\nLABEL foo=\"bar\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: a stage that only feeds a labelled stage (FROM base, then LABEL)", () => {
    expect(lint(rule, "FROM baseimage as base\nFROM base\nLABEL foo=\"bar\"", opts)).toEqual([]);
  });
  it("a feeding stage is fine only when the stage built on it ends up labelled", () => {
    const L = 'LABEL foo="bar"';
    expect(lint(rule, "FROM baseimage as base\nFROM base", opts).map((d) => d.line)).toEqual([1, 2]);
    expect(lint(rule, `FROM baseimage as base\nFROM anotherimage\n${L}\nCOPY --from=base /bar /baz`, opts)).toEqual([]);
    expect(lint(rule, `FROM baseimage as base\nFROM anotherimage\n${L}`, opts).map((d) => d.line)).toEqual([1]);
    expect(lint(rule, `FROM baseimage as base\nFROM base\n${L}\n\nFROM base`, opts).map((d) => d.line)).toEqual([5]);
    expect(lint(rule, `FROM baseimage as base\nFROM base\n\nFROM base\n${L}`, opts).map((d) => d.line)).toEqual([2]);
    expect(lint(rule, `FROM baseimage as base\nFROM newimage\n${L}\nCOPY --from=base /bar /baz\n\nFROM newimage\nCOPY --from=base /bar /baz`, opts).map((d) => d.line)).toEqual([6]);
  });
  it("quiet: FROM baseimage / LABEL foo=\"bar\"", () => {
    expect(lint(rule, "FROM baseimage\nLABEL foo=\"bar\"", opts)).toEqual([]);
  });
  it("quiet: FROM baseimage as base / LABEL foo=\"bar\" / FROM base", () => {
    expect(lint(rule, "FROM baseimage as base\nLABEL foo=\"bar\"\nFROM base", opts)).toEqual([]);
  });
  it("quiet: FROM golang AS build / FROM alpine / LABEL foo=1 / COPY --from=build /a /a", () => {
    expect(lint(rule, "FROM golang AS build\nFROM alpine\nLABEL foo=1\nCOPY --from=build /a /a", opts)).toEqual([]);
  });
});
