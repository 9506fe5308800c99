import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './zypper-cache-not-cleaned';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN zypper install -y mariadb=10.4", () => {
    expect(lint(rule, "RUN zypper install -y mariadb=10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN zypper install -y mariadb=10.4", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y mariadb=10.4", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN zypper clean && zypper install -y a=1", () => {
    expect(lint(rule, "RUN zypper clean && zypper install -y a=1", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN zypper install -y mariadb=10.4 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y mariadb=10.4 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y mariadb=10.4 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y mariadb=10.4 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y mariadb=10.4 && zypper cc", () => {
    expect(lint(rule, "RUN zypper install -y mariadb=10.4 && zypper cc", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y mariadb=10.4 && zypper cc", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y mariadb=10.4 && zypper cc", opts)).toEqual([]);
  });
  it("quiet: RUN zypper refresh", () => {
    expect(lint(rule, "RUN zypper refresh", opts)).toEqual([]);
  });
  it("fix: FROM opensuse/leap / RUN zypper install -y a=1", () => {
    const fixed = fixOnce(rule, "FROM opensuse/leap\nRUN zypper install -y a=1", opts);
    expect(fixed).toBe("FROM opensuse/leap\nRUN zypper install -y a=1 && zypper clean");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
