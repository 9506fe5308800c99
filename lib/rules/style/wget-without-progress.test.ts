import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './wget-without-progress';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM node as foo / RUN wget my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz", opts).map((d) => d.line)).toEqual([2]);
  });
  it("quiet: FROM node as foo / RUN wget --progress=dot:giga my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget --progress=dot:giga my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget -q my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget -q my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget --quiet my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget --quiet my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget -nv my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget -nv my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget --no-verbose my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget --no-verbose my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget --output-file=/tmp/wget.log my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget -o /tmp/wget.log my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget --append-output=/tmp/wget.log my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget -a /tmp/wget.log my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM a / RUN wget -qO- https://x | sh", () => {
    expect(lint(rule, "FROM a\nRUN wget -qO- https://x | sh", opts)).toEqual([]);
  });
  it("fix: FROM node / RUN wget my.xyz", () => {
    const fixed = fixOnce(rule, "FROM node\nRUN wget my.xyz", opts);
    expect(fixed).toBe("FROM node\nRUN wget --progress=dot:giga my.xyz");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
