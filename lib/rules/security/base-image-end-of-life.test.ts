import { describe, it, expect } from 'vitest';
import { createRule, rule as liveRule } from './base-image-end-of-life';
import { lint, linesOf } from '../testing';

const at = (iso: string) => createRule(() => new Date(iso + 'T12:00:00Z'));
const rule = at('2026-11-28');
const msg = (text: string, r = rule) => lint(r, text).map((d) => d.message);

describe('base-image-end-of-life', () => {
  it('flags the bad example (python 3.9 ended in October 2025) and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([1]);
    expect(msg(rule.examples.bad)[0]).toContain('python 3.9 reached its end of life on 2025-10-31');
    expect(msg(rule.examples.bad)[0]).toContain('python:3.14-slim');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('the source article example python:3.9 is past its end of life', () => {
    const text = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]';
    expect(msg(text)).toEqual([expect.stringContaining('Use a supported line such as python:3.14.')]);
    // before October 2025 it was still supported
    expect(linesOf(at('2025-06-01'), text)).toEqual([]);
  });
  it('flags distroless images of a Debian release distroless no longer rebuilds, from the day it stopped', () => {
    expect(msg('FROM gcr.io/distroless/static-debian12:nonroot')).toEqual([expect.stringContaining('distroless stopped updating its debian12 images on 2026-09-01')]);
    expect(msg('FROM gcr.io/distroless/static-debian12:nonroot')[0]).toContain('Move to gcr.io/distroless/static-debian13');
    expect(msg('FROM gcr.io/distroless/python3-debian12')[0]).toContain('python3-debian13, which has Python 3.13');
    expect(msg('FROM gcr.io/distroless/nodejs20-debian12')[0]).toContain('nodejs24-debian13 (Node 22 or 24');
    expect(msg('FROM gcr.io/distroless/base-debian11')[0]).toContain('distroless stopped updating its debian11 images before its Debian 12 ones');
    expect(linesOf(rule, 'FROM gcr.io/distroless/static-debian13:nonroot')).toEqual([]);
    expect(linesOf(at('2026-08-31'), 'FROM gcr.io/distroless/cc-debian12')).toEqual([]);
    expect(linesOf(rule, 'FROM example.com/distroless/cc-debian12')).toEqual([]);
  });
  it('keeps variant words and maps each product', () => {
    const cases: [string, string][] = [
      ['node:16-alpine', 'node:24-alpine'],
      ['golang:1.19', 'golang:1.26'],
      ['golang:1.22.5-bookworm', 'golang:1.26-bookworm'],
      ['ruby:3.1-slim', 'ruby:4.0-slim'],
      ['php:8.0-fpm', 'php:8.5-fpm'],
      ['debian:buster', 'debian:trixie'],
      ['debian:10-slim', 'debian:13-slim'],
      ['ubuntu:18.04', 'ubuntu:26.04'],
      ['ubuntu:focal', 'ubuntu:resolute'],
      ['alpine:3.14', 'alpine:3.24'],
      ['nginx:1.24-alpine', 'nginx:1.31-alpine'],
      ['mcr.microsoft.com/dotnet/aspnet:6.0', 'mcr.microsoft.com/dotnet/aspnet:10.0'],
      ['python:3.9-slim-buster', 'python:3.14-slim-trixie'],
      ['node:18-alpine3.15', 'node:24-alpine3.24'],
    ];
    for (const [image, suggestion] of cases) {
      const m = msg(`FROM ${image}`);
      expect(m, image).toHaveLength(1);
      expect(m[0], image).toContain(`such as ${suggestion}.`);
    }
  });
  it('reports a distribution named in the tag even when the runtime is supported', () => {
    const m = msg('FROM python:3.12-bullseye');
    expect(m[0]).toContain('debian bullseye reached its end of life on 2026-08-31 (end of Debian LTS)');
    expect(m[0]).toContain('python:3.12-trixie');
  });
  it('is silent for supported lines, unknown images, variables, stage names, scratch and ambiguous tags', () => {
    for (const image of ['python:3.13-slim', 'node:22', 'golang:1.25', 'eclipse-temurin:21-jre', 'debian:bookworm-slim', 'ubuntu:24.04', 'alpine:3.22', 'mcr.microsoft.com/dotnet/aspnet:10.0', 'python', 'python:latest', 'node:lts', 'php:8-apache', 'myorg/python:3.9', 'ghcr.io/x/node:16', 'scratch', '${BASE}']) {
      expect(linesOf(rule, `FROM ${image}`), image).toEqual([]);
    }
    expect(linesOf(rule, 'FROM python:3.13 AS python\nFROM python')).toEqual([]);
  });
  it('eclipse-temurin 8 ends 2026-11-30 in the table', () => {
    expect(linesOf(rule, 'FROM eclipse-temurin:8-jre')).toEqual([]);
    expect(msg('FROM eclipse-temurin:8-jre', at('2026-12-15'))[0]).toContain('eclipse-temurin:25-jre');
  });
  it('the exported rule uses the current date', () => {
    expect(linesOf(liveRule, 'FROM python:2.7')).toEqual([1]);
  });
});
