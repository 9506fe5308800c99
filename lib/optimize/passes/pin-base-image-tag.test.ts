import { describe, it, expect } from 'vitest';
import { pass } from './pin-base-image-tag';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('pin-base-image-tag', () => {
  it('pins an untagged official image from the table', () => {
    const out = rewrite(pass, 'FROM python\nCMD ["python"]\n');
    expect(out).toBe('FROM python:3.13\nCMD ["python"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('replaces latest with the version the file already uses elsewhere', () => {
    const out = rewrite(pass, 'FROM node:20-alpine AS build\nRUN true\nFROM node:latest\nCMD ["node"]\n');
    expect(out).toContain('FROM node:20\n');
  });
  it('keeps registries, digests, variables, stage names and scratch alone', () => {
    for (const text of ['FROM myorg/thing\n', 'FROM python@sha256:abc\n', 'ARG B=x\nFROM ${B}\n', 'FROM python:3.9 AS a\nFROM a\n', 'FROM scratch\n', 'FROM quay.io/x/y:latest\n']) {
      expect(runPass(pass, text).changes).toHaveLength(0);
    }
  });
  it('keeps the --platform flag and the alias', () => {
    expect(rewrite(pass, 'FROM --platform=linux/amd64 ubuntu:latest AS base\n')).toBe('FROM --platform=linux/amd64 ubuntu:24.04 AS base\n');
  });
});
