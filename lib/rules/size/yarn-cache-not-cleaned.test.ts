import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './yarn-cache-not-cleaned';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN yarn install foo", () => {
    expect(lint(rule, "RUN yarn install foo", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN yarn install foo", () => {
    expect(lint(rule, "ONBUILD RUN yarn install foo", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM node:lts-alpine as foo / RUN hey! / FROM scratch / RUN yarn install", () => {
    expect(lint(rule, "FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install", opts).map((d) => d.line)).toEqual([4]);
  });
  it("fires: FROM node:lts-alpine as foo / RUN yarn install / FROM foo / RUN hey!", () => {
    expect(lint(rule, "FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM node:lts-alpine as foo / ONBUILD RUN yarn install foo / FROM scratch / RUN hey!", () => {
    expect(lint(rule, "FROM node:lts-alpine as foo\nONBUILD RUN yarn install foo\nFROM scratch\nRUN hey!", opts).map((d) => d.line)).toEqual([2]);
  });
  it("quiet: RUN foo", () => {
    expect(lint(rule, "RUN foo", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN foo", () => {
    expect(lint(rule, "ONBUILD RUN foo", opts)).toEqual([]);
  });
  it("quiet: RUN yarn install bar && yarn cache clean", () => {
    expect(lint(rule, "RUN yarn install bar && yarn cache clean", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN yarn install bar && yarn cache clean", () => {
    expect(lint(rule, "ONBUILD RUN yarn install bar && yarn cache clean", opts)).toEqual([]);
  });
  it("quiet: FROM node:lts-alpine as foo / RUN yarn install && yarn cache clean / FROM foo / RUN hey!", () => {
    expect(lint(rule, "FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!", opts)).toEqual([]);
  });
  it("quiet: FROM node:lts-alpine as foo / RUN yarn install foo / FROM scratch / RUN hey!", () => {
    expect(lint(rule, "FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!", opts)).toEqual([]);
  });
  it("fix: FROM node / RUN yarn install", () => {
    const fixed = fixOnce(rule, "FROM node\nRUN yarn install", opts);
    expect(fixed).toBe("FROM node\nRUN yarn install && yarn cache clean");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
