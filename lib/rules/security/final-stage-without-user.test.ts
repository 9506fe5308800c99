import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './final-stage-without-user';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM alpine:3 / RUN x", () => {
    expect(lint(rule, "FROM alpine:3\nRUN x", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM alpine:3 / RUN a / FROM alpine:3 AS b / CMD x", () => {
    expect(lint(rule, "FROM alpine:3\nRUN a\nFROM alpine:3 AS b\nCMD x", opts).map((d) => d.line)).toEqual([4]);
  });
  it("quiet: FROM alpine:3 / USER nobody", () => {
    expect(lint(rule, "FROM alpine:3\nUSER nobody", opts)).toEqual([]);
  });
  it("quiet: FROM alpine:3 AS builder / FROM alpine:3 / USER app", () => {
    expect(lint(rule, "FROM alpine:3 AS builder\nFROM alpine:3\nUSER app", opts)).toEqual([]);
  });
  it("quiet: FROM alpine:3 / USER 1000", () => {
    expect(lint(rule, "FROM alpine:3\nUSER 1000", opts)).toEqual([]);
  });
  it("quiet: FROM alpine:3 / USER 1000:1000", () => {
    expect(lint(rule, "FROM alpine:3\nUSER 1000:1000", opts)).toEqual([]);
  });
});
