import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pin-zypper-versions';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN zypper install -y tomcat && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat && zypper clean", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN zypper install -y tomcat && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat && zypper clean", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN zypper install -y tomcat=9.0.39 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat=9.0.39 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y tomcat=9.0.39 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat=9.0.39 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y tomcat\\>=9.0 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat\\>=9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y tomcat\\>=9.0 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat\\>=9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y tomcat\\>9.0 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat\\>9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y tomcat\\>9.0 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat\\>9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y tomcat\\<=9.0 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat\\<=9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y tomcat\\<=9.0 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat\\<=9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y tomcat\\<9.0 && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat\\<9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y tomcat\\<9.0 && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat\\<9.0 && zypper clean", opts)).toEqual([]);
  });
  it("quiet: RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean", () => {
    expect(lint(rule, "RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean", () => {
    expect(lint(rule, "ONBUILD RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean", opts)).toEqual([]);
  });
});
