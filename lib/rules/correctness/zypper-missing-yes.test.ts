import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './zypper-missing-yes';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN zypper install httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install httpd=2.4.24 && zypper clean", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN zypper install httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install httpd=2.4.24 && zypper clean", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN zypper rm httpd", () => {
    expect(lint(rule, "RUN zypper rm httpd", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN zypper install -n httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -n httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -n httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -n httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install --non-interactive httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install --non-interactive httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install --non-interactive httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install --non-interactive httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install --no-confirm httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install --no-confirm httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install --no-confirm httpd=2.4.24 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install --no-confirm httpd=2.4.24 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper -n install httpd=2.4.24", () => {
    expect(lint(rule, "RUN zypper -n install httpd=2.4.24", opts)).toEqual([]);
  });
  it("quiet: RUN zypper refresh", () => {
    expect(lint(rule, "RUN zypper refresh", opts)).toEqual([]);
  });
  it("fix: FROM opensuse/leap / RUN zypper install httpd=2.4.24 && zypper clean", () => {
    const fixed = fixOnce(rule, "FROM opensuse/leap\nRUN zypper install httpd=2.4.24 && zypper clean", opts);
    expect(fixed).toBe("FROM opensuse/leap\nRUN zypper install -y httpd=2.4.24 && zypper clean");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
