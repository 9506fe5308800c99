import { describe, expect, it } from 'vitest';
import { lookupBaseImage, imageKey } from './base-image';

const ref = (repository: string, tag: string | null, registry: string | null = null) => ({ registry, repository, tag });

describe('lookupBaseImage', () => {
  it('uses exact measured rows', () => {
    const b = lookupBaseImage(ref('python', '3.12'));
    expect(b.matched).toBe('python:3.12');
    expect(b.confidence).toBe('known');
    expect(b.bytes).toBeGreaterThan(1e9);
    expect(b.debian?.sets).toContain('buildpack-full');
  });
  it('falls back on the nearest version of the same variant', () => {
    const b = lookupBaseImage(ref('python', '3.9-slim'));
    expect(b.matched).toMatch(/^python:3\.1\d-slim$/);
    expect(b.confidence).toBe('estimated');
    expect(b.bytes).toBeGreaterThan(100e6);
    expect(b.bytes).toBeLessThan(150e6);
    expect(b.debian?.docs).toBe(false);
  });
  it('sizes a pre-release tag as its release line, variant words kept', () => {
    expect(lookupBaseImage(ref('python', '3.11.0b4')).matched).toBe(lookupBaseImage(ref('python', '3.11.0')).matched);
    expect(lookupBaseImage(ref('python', '3.13.0rc1-slim')).matched).toMatch(/-slim$/);
    expect(lookupBaseImage(ref('python', '3.11.0b4')).bytes).toBeGreaterThan(900e6);
  });
  it('gives the same answer to the same question, and a null tag is latest, not an empty one', () => {
    expect(lookupBaseImage(ref('node', null))).toBe(lookupBaseImage(ref('node', null)));
    expect(lookupBaseImage(ref('node', null)).matched).toBe(lookupBaseImage(ref('node', 'latest')).matched);
  });
  it('sizes buildpack-deps from the first layers of a measured full python image', () => {
    const full = lookupBaseImage(ref('buildpack-deps', 'bookworm'));
    const curl = lookupBaseImage(ref('buildpack-deps', 'bookworm-curl'));
    const scm = lookupBaseImage(ref('buildpack-deps', 'scm'));
    expect(full.matched).toBe('buildpack-deps:trixie');
    expect(full.debian?.suite).toBe('bookworm');
    expect(full.bytes).toBeGreaterThan(0.9e9);
    expect(full.bytes).toBeLessThan(lookupBaseImage(ref('python', '3.12')).bytes);
    expect(curl.bytes).toBeGreaterThan(lookupBaseImage(ref('debian', 'bookworm')).bytes);
    expect(curl.bytes).toBeLessThan(scm.bytes);
    expect(scm.bytes).toBeLessThan(full.bytes);
  });
  it('keeps the suite a tag names', () => {
    expect(lookupBaseImage(ref('python', '3.11-slim-bookworm')).debian?.suite).toBe('bookworm');
  });
  it('knows scratch, distroless and registry-qualified names', () => {
    expect(lookupBaseImage(ref('scratch', null)).bytes).toBe(0);
    const d = lookupBaseImage(ref('distroless/static-debian12', 'nonroot', 'gcr.io'));
    expect(d.bytes).toBeLessThan(10e6);
    expect(imageKey({ registry: 'docker.io', repository: 'library/node' })).toBe('node');
  });
  it('guesses unknown images from tag words, widely', () => {
    const a = lookupBaseImage(ref('acme/tool', '1.0-alpine'));
    expect(a.confidence).toBe('guessed');
    expect(a.family).toBe('alpine');
    expect(a.high / a.low).toBeGreaterThan(10);
    expect(lookupBaseImage(ref('nvidia/cuda', '12.2.0-cudnn8-devel-ubuntu22.04')).bytes).toBeGreaterThan(5e9);
  });
  it('reads debian:latest and debian:stable as the current stable release, trixie', () => {
    for (const tag of ['latest', 'stable', null]) expect(lookupBaseImage({ registry: null, repository: 'debian', tag }).debian?.suite).toBe('trixie');
    expect(lookupBaseImage({ registry: null, repository: 'debian', tag: 'stable-slim' }).matched).toBe('debian:trixie-slim');
  });
});
