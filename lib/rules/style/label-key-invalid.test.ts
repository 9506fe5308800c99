import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './label-key-invalid';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL com.docker.label=\"foo\"", () => {
    expect(lint(rule, "LABEL com.docker.label=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL io.docker.label=\"foo\"", () => {
    expect(lint(rule, "LABEL io.docker.label=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL org.dockerproject.label=\"foo\"", () => {
    expect(lint(rule, "LABEL org.dockerproject.label=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL invalid$character=\"foo\"", () => {
    expect(lint(rule, "LABEL invalid$character=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL .invalid=\"foo\"", () => {
    expect(lint(rule, "LABEL .invalid=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL -invalid=\"foo\"", () => {
    expect(lint(rule, "LABEL -invalid=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL 1invalid=\"foo\"", () => {
    expect(lint(rule, "LABEL 1invalid=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL invalid..character=\"foo\"", () => {
    expect(lint(rule, "LABEL invalid..character=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: LABEL invalid--character=\"foo\"", () => {
    expect(lint(rule, "LABEL invalid--character=\"foo\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: LABEL org.valid-key.label3=\"foo\"", () => {
    expect(lint(rule, "LABEL org.valid-key.label3=\"foo\"", opts)).toEqual([]);
  });
  it("quiet: LABEL validlabel=\"foo\"", () => {
    expect(lint(rule, "LABEL validlabel=\"foo\"", opts)).toEqual([]);
  });
  it("quiet: ONBUILD LABEL Foo=bar", () => {
    expect(lint(rule, "ONBUILD LABEL Foo=bar", opts)).toEqual([]);
  });
});
