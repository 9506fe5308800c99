import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './copy-whole-context';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM scratch / COPY . .", () => {
    expect(lint(rule, "FROM scratch\nCOPY . .", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM scratch / COPY . /app", () => {
    expect(lint(rule, "FROM scratch\nCOPY . /app", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM scratch / COPY './' /app", () => {
    expect(lint(rule, "FROM scratch\nCOPY './' /app", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM node:18 as build / COPY . . / RUN echo hello", () => {
    expect(lint(rule, "FROM node:18 as build\nCOPY . .\nRUN echo hello", opts).map((d) => d.line)).toEqual([2]);
  });
  it("quiet: FROM scratch / COPY src/ .", () => {
    expect(lint(rule, "FROM scratch\nCOPY src/ .", opts)).toEqual([]);
  });
  it("quiet: FROM scratch / COPY package.json yarn.lock /app/", () => {
    expect(lint(rule, "FROM scratch\nCOPY package.json yarn.lock /app/", opts)).toEqual([]);
  });
  it("quiet: FROM a AS b / FROM c / COPY --from=b . /app", () => {
    expect(lint(rule, "FROM a AS b\nFROM c\nCOPY --from=b . /app", opts)).toEqual([]);
  });
});
