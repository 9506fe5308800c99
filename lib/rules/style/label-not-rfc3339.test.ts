import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-not-rfc3339';

const opts: LintOptions = { config: {"labelSchema":{"datelabel":"rfc3339"}} };

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = { config: {"labelSchema":{"org.opencontainers.image.created":"rfc3339"}} };
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL datelabel=\"not-date\"", () => {
    expect(lint(rule, "LABEL datelabel=\"not-date\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL datelabel=\"2021-13-10T10:26:33Z\"", () => {
    expect(lint(rule, "LABEL datelabel=\"2021-13-10T10:26:33Z\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL datelabel=\"2021-03-10T10:26:33.564595127+01:00\"", () => {
    expect(lint(rule, "LABEL datelabel=\"2021-03-10T10:26:33.564595127+01:00\"", opts)).toEqual([]);
  });
  it("quiet: LABEL other=\"doo\"", () => {
    expect(lint(rule, "LABEL other=\"doo\"", opts)).toEqual([]);
  });
  it("quiet: LABEL datelabel=\"2021-03-10T10:26:33Z\"", () => {
    expect(lint(rule, "LABEL datelabel=\"2021-03-10T10:26:33Z\"", opts)).toEqual([]);
  });
});
