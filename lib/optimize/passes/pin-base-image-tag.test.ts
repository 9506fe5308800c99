import { describe, it, expect } from 'vitest';
import { pass } from './pin-base-image-tag';
import { rewrite, runPass, parsesCleanly } from '../testing';
import stableTags from '../../data/stable-tags.json';
import eol from '../../data/eol.json';

const { tags } = stableTags as { tags: Record<string, string> };

describe('pin-base-image-tag', () => {
  it('pins an untagged official image from the table', () => {
    const out = rewrite(pass, 'FROM python\nCMD ["python"]\n');
    expect(out).toBe(`FROM python:${tags.python}\nCMD ["python"]\n`);
    expect(parsesCleanly(out)).toBe(true);
    expect(runPass(pass, 'FROM python\n').changes[0].why).toContain('the release line `latest` pointed to');
  });
  it('replaces latest with the line of the stage whose node_modules or venv it copies, which run only there', () => {
    const text = 'FROM node:20-alpine AS build\nRUN npm ci\nFROM node:latest\nCOPY --from=build /app/node_modules /app/node_modules\nCMD ["node"]\n';
    expect(rewrite(pass, text)).toContain('FROM node:20\n');
    expect(runPass(pass, text).changes[0].why).toContain('whose installed packages this one copies');
  });
  it('pins to what latest is, not to another stage\'s older line, when nothing bound to that line is copied', () => {
    const text = 'FROM node:11 AS builder\nRUN yarn build\nFROM node\nRUN yarn global add serve\nCOPY --from=builder /app/build /app\nCMD ["serve", "-s", "/app"]\n';
    expect(rewrite(pass, text)).not.toContain('FROM node:11\nRUN yarn global');
    expect(runPass(pass, 'FROM mhart/alpine-node:11 AS b\nRUN yarn build\nFROM mhart/alpine-node\nCOPY --from=b /app/build /app\n').changes).toHaveLength(0);
  });
  it('keeps registries, digests, variables, stage names and scratch alone', () => {
    for (const text of ['FROM myorg/thing\n', 'FROM python@sha256:abc\n', 'ARG B=x\nFROM ${B}\n', 'FROM python:3.9 AS a\nFROM a\n', 'FROM scratch\n', 'FROM quay.io/x/y:latest\n']) {
      expect(runPass(pass, text).changes).toHaveLength(0);
    }
  });
  it('pins to the newest release line the project\'s end-of-life table knows, so pinning `latest` never downgrades it', () => {
    const products: Record<string, { cycles: { c: string; lts?: boolean }[] }> = {};
    for (const el of eol as unknown[]) Object.assign(products, (el as { products?: typeof products }).products ?? {});
    const newest = (name: string, ltsOnly = false): string => {
      const lines = products[name].cycles.filter((c) => !ltsOnly || c.lts).map((c) => c.c);
      return lines.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1)!;
    };
    for (const name of ['python', 'ruby', 'php', 'alpine']) expect(tags[name], name).toBe(newest(name));
    expect(tags.ubuntu).toBe(newest('ubuntu', true));
    expect(tags['eclipse-temurin']).toBe(newest('eclipse-temurin', true));
  });
  it('keeps the --platform flag and the alias', () => {
    expect(rewrite(pass, 'FROM --platform=linux/amd64 ubuntu:latest AS base\n')).toBe(`FROM --platform=linux/amd64 ubuntu:${tags.ubuntu} AS base\n`);
  });
});
