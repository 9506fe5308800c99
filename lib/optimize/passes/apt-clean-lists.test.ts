import { describe, it, expect } from 'vitest';
import { pass } from './apt-clean-lists';
import { rewrite, runPass } from '../testing';

describe('apt-clean-lists', () => {
  it('deletes the lists at the end of the installing RUN', () => {
    expect(rewrite(pass, 'FROM python:3.12\nRUN apt-get update && apt-get install -y gcc\n')).toBe('FROM python:3.12\nRUN apt-get update && apt-get install -y gcc \\\n    && rm -rf /var/lib/apt/lists/*\n');
  });
  it('adds apt-get clean on images that may not clean the cache themselves', () => {
    expect(rewrite(pass, 'FROM nvidia/cuda:12.4.0-base-ubuntu22.04\nRUN apt-get update && apt-get install -y a\n')).toContain('&& apt-get clean && rm -rf /var/lib/apt/lists/*');
  });
  it('keeps the lists when a later RUN installs without updating', () => {
    expect(runPass(pass, 'FROM x\nRUN apt-get update && apt-get install -y a\nRUN apt-get install -y b\n').changes).toHaveLength(1);
    expect(runPass(pass, 'FROM x\nRUN apt-get update && apt-get install -y a\nRUN apt-get install -y b\n').changes[0].edits[0].start).toBeGreaterThan(60);
  });
  it('keeps the lists when a later RUN installs before its own update', () => {
    const text = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nRUN apt install -y software-properties-common && apt update\n';
    const r = runPass(pass, text);
    // only the last installing RUN deletes them
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].edits[0].start).toBeGreaterThan(text.indexOf('apt install'));
  });
  it('leaves RUNs that already clean up or use a cache mount', () => {
    expect(runPass(pass, 'FROM x\nRUN apt-get install -y a && rm -rf /var/lib/apt/lists/*\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN --mount=type=cache,target=/var/lib/apt apt-get install -y a\n').changes).toHaveLength(0);
  });
  it('sees the lists deleted by an rm that removes other paths too, or a folder above them', () => {
    expect(runPass(pass, 'FROM x\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/* /usr/share/doc\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get update && apt-get install -y a && rm -rf /tmp/* /var/lib/apt/lists\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/aptitude /tmp/*\n').changes).toHaveLength(1);
  });
  it('cleans up through sudo where the image installs through sudo (it runs as a user)', () => {
    expect(rewrite(pass, 'FROM cimg/base:2024.01\nRUN sudo apt-get update && sudo apt-get install -y libnss3\n')).toBe(
      'FROM cimg/base:2024.01\nRUN sudo apt-get update && sudo apt-get install -y libnss3 \\\n    && sudo apt-get clean && sudo rm -rf /var/lib/apt/lists/*\n',
    );
  });
  it('joins the clean-up to the last command of a here-document without set -e, whose status is its last line\'s', () => {
    expect(rewrite(pass, 'FROM debian:bookworm\nRUN <<EOT\napt-get update\napt-get install -y curl\nEOT\n')).toBe('FROM debian:bookworm\nRUN <<EOT\napt-get update\napt-get install -y curl && rm -rf /var/lib/apt/lists/*\nEOT\n');
  });
  it('keeps the lists when a later stage built on this one installs without updating, in a here-document too', () => {
    const text = 'FROM debian:bookworm AS base\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nFROM base\nRUN <<EOF\napt-get install -y nodejs\nEOF\n';
    // the first stage's lists stay; the later stage's RUN may still clean up after itself
    expect(rewrite(pass, text).split('FROM base')[0]).toBe('FROM debian:bookworm AS base\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n');
  });
});
