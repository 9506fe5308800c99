import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './instruction-before-from';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: LABEL foo=bar / FROM foo", () => {
    expect(lint(rule, "LABEL foo=bar\nFROM foo", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: FROM foo / LABEL foo=bar", () => {
    expect(lint(rule, "FROM foo\nLABEL foo=bar", opts)).toEqual([]);
  });
  it("quiet: ARG A=B / FROM foo / LABEL foo=bar", () => {
    expect(lint(rule, "ARG A=B\nFROM foo\nLABEL foo=bar", opts)).toEqual([]);
  });
  it("quiet: # syntax = docker/dockerfile:1.0-experimental / FROM node:16-alpine3.13", () => {
    expect(lint(rule, "# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13", opts)).toEqual([]);
  });
  it("quiet: FROM foo / ARG A=B / RUN echo bla", () => {
    expect(lint(rule, "FROM foo\nARG A=B\nRUN echo bla", opts)).toEqual([]);
  });
});
