import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './wget-and-curl-both-used';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM node as foo / RUN wget my.xyz / RUN curl localhost", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost", opts).map((d) => d.line)).toEqual([3]);
  });
  it("fires: FROM node as foo / RUN wget my.xyz && curl localhost", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz && curl localhost", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM node as foo / RUN wget my.xyz / RUN curl localhost / FROM scratch / RUN curl localhost", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost", opts).map((d) => d.line)).toEqual([3]);
  });
  it("fires: FROM node as foo / RUN wget my.xyz / RUN curl my.xyz / RUN echo hello", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello", opts).map((d) => d.line)).toEqual([3]);
  });
  it("fires: FROM node as foo / RUN wget my.xyz / RUN curl my.xyz / RUN echo hello / RUN wget foo.com", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com", opts).map((d) => d.line)).toEqual([3,5]);
  });
  it("quiet: FROM node as foo / RUN wget my.xyz", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz", opts)).toEqual([]);
  });
  it("quiet: FROM node as foo / RUN wget my.xyz / FROM scratch / RUN curl localhost", () => {
    expect(lint(rule, "FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost", opts)).toEqual([]);
  });
});
