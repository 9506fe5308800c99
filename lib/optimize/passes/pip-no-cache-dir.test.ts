import { describe, it, expect } from 'vitest';
import { pass } from './pip-no-cache-dir';
import { rewrite, runPass } from '../testing';

describe('pip-no-cache-dir', () => {
  it('adds --no-cache-dir to pip, pip3 and python -m pip installs', () => {
    expect(rewrite(pass, 'FROM python:3\nRUN pip install -r r.txt\n')).toBe('FROM python:3\nRUN pip install --no-cache-dir -r r.txt\n');
    expect(rewrite(pass, 'FROM python:3\nRUN python3 -m pip install flask\n')).toBe('FROM python:3\nRUN python3 -m pip install --no-cache-dir flask\n');
  });
  it('leaves stages with PIP_NO_CACHE_DIR, cache mounts, and non-install pip commands', () => {
    expect(runPass(pass, 'FROM python:3\nENV PIP_NO_CACHE_DIR=1\nRUN pip install a\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nRUN --mount=type=cache,target=/root/.cache/pip pip install a\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nRUN pip freeze\n').changes).toHaveLength(0);
  });
  it('leaves the pip of Ubuntu 14.04 and Debian 8, older than the option, until it is upgraded', () => {
    expect(runPass(pass, 'FROM ubuntu:14.04\nRUN apt-get update && apt-get install -y python-pip\nRUN pip install redis\n').changes).toHaveLength(0);
    expect(rewrite(pass, 'FROM debian:jessie\nRUN pip install -U pip\nRUN pip install redis\n')).toBe('FROM debian:jessie\nRUN pip install -U pip\nRUN pip install --no-cache-dir redis\n');
  });
});
