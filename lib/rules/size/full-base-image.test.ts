import { describe, it, expect } from 'vitest';
import { rule, slimTag } from './full-base-image';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('full-base-image', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([1]);
    expect(lint(rule, rule.examples.bad)[0].message).toMatch(/python:3\.12-slim/);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('the source article example python:3.9 suggests python:3.9-slim', () => {
    const text = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]';
    const d = lint(rule, text);
    expect(d.map((x) => x.line)).toEqual([1]);
    expect(d[0].message).toContain('python:3.9-slim');
    expect(d[0].message).toMatch(/MB less/);
  });
  it('maps tags to their slim variants', () => {
    expect(slimTag('python', '3.11-bookworm')).toBe('3.11-slim-bookworm');
    expect(slimTag('node', null)).toBe('slim');
    expect(slimTag('python', '3.11.0b4')).toBe('3.11.0b4-slim');
    expect(slimTag('python', '3.13.0rc2-bookworm')).toBe('3.13.0rc2-slim-bookworm');
    expect(slimTag('debian', 'bookworm')).toBe('bookworm-slim');
    expect(slimTag('node', 'lts')).toBe('lts-slim');
    expect(slimTag('debian', 'bookworm')).toBe('bookworm-slim');
    expect(slimTag('debian', '12')).toBe('12-slim');
    expect(slimTag('python', '3.12-alpine')).toBeNull();
    expect(slimTag('python', '3.12-slim')).toBeNull();
    expect(slimTag('python', '3.12-windowsservercore')).toBeNull();
  });
  it('only looks at the shipped stage', () => {
    expect(linesOf(rule, 'FROM python:3.12 AS build\nRUN pip wheel -w /w x\nFROM python:3.12-slim\nCOPY --from=build /w /w')).toEqual([]);
    expect(linesOf(rule, 'FROM node:22 AS base\nFROM base\nCMD ["node"]')).toEqual([1]);
    expect(linesOf(rule, 'FROM python:3.12-slim AS b\nFROM node:22')).toEqual([2]);
  });
  it('is silent for variants, other images, variables and digests', () => {
    for (const from of ['python:3.12-alpine', 'golang:1.25', 'myorg/python:3.12', 'ghcr.io/x/node:22', 'python:${V}', 'python@sha256:' + 'a'.repeat(64), 'scratch']) {
      expect(linesOf(rule, `FROM ${from}`), from).toEqual([]);
    }
  });
  it('the fix switches to the slim tag', () => {
    const fixed = fixOnce(rule, 'FROM python:3.11-bookworm AS app\nCMD ["python"]');
    expect(fixed).toBe('FROM python:3.11-slim-bookworm AS app\nCMD ["python"]');
    expect(lint(rule, fixed)).toEqual([]);
    expect(fixOnce(rule, 'FROM node\nCMD ["node"]')).toBe('FROM node:slim\nCMD ["node"]');
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
  it('does not claim debian carries compilers (its full image differs from -slim by docs and locales)', () => {
    const [d] = lint(rule, 'FROM debian:bookworm\nRUN echo hi');
    expect(d.message).toContain('debian:bookworm-slim');
    expect(d.message).not.toContain('compilers');
  });
});
