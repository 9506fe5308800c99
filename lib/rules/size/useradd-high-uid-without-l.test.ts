import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './useradd-high-uid-without-l';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN useradd -u 123456 luser", () => {
    expect(lint(rule, "RUN useradd -u 123456 luser", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN useradd --uid 1234567 luser", () => {
    expect(lint(rule, "ONBUILD RUN useradd --uid 1234567 luser", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN useradd luser", () => {
    expect(lint(rule, "RUN useradd luser", opts)).toEqual([]);
  });
  it("quiet: RUN useradd -u 12345 luser", () => {
    expect(lint(rule, "RUN useradd -u 12345 luser", opts)).toEqual([]);
  });
  it("quiet: RUN useradd -l -u 123456 luser", () => {
    expect(lint(rule, "RUN useradd -l -u 123456 luser", opts)).toEqual([]);
  });
  it("quiet: RUN useradd -l luser", () => {
    expect(lint(rule, "RUN useradd -l luser", opts)).toEqual([]);
  });
  it("quiet: RUN useradd --no-log-init -u 123456 luser", () => {
    expect(lint(rule, "RUN useradd --no-log-init -u 123456 luser", opts)).toEqual([]);
  });
  it("fix: FROM debian / RUN useradd -u 123456 luser", () => {
    const fixed = fixOnce(rule, "FROM debian\nRUN useradd -u 123456 luser", opts);
    expect(fixed).toBe("FROM debian\nRUN useradd -l -u 123456 luser");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
