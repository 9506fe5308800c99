import { describe, it, expect } from 'vitest';
import { pass, syntaxAllowsMounts } from './build-cache-mounts';
import { rewrite, runPass } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('build-cache-mounts', () => {
  it('adds cache mounts when the syntax directive allows them', () => {
    expect(rewrite(pass, '# syntax=docker/dockerfile:1\nFROM python:3\nRUN pip install -r r.txt\n')).toBe('# syntax=docker/dockerfile:1\nFROM python:3\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt\n');
    expect(rewrite(pass, '# syntax=docker/dockerfile:1.7\nFROM golang:1.22\nRUN go build -o /a .\n')).toContain('RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build');
  });
  it('reads the directive', () => {
    expect(syntaxAllowsMounts(parseDockerfile('# syntax=docker/dockerfile:1.0\nFROM x\n'))).toBe(false);
    expect(syntaxAllowsMounts(parseDockerfile('# syntax=docker.io/docker/dockerfile:1.4-labs\nFROM x\n'))).toBe(true);
    expect(syntaxAllowsMounts(parseDockerfile('FROM x\n'))).toBe(false);
  });
  it('leaves non-root RUNs and pip with --no-cache-dir', () => {
    expect(runPass(pass, '# syntax=docker/dockerfile:1\nFROM python:3\nUSER app\nRUN pip install a\n').changes).toHaveLength(0);
    expect(runPass(pass, '# syntax=docker/dockerfile:1\nFROM python:3\nRUN pip install --no-cache-dir a\n').changes).toHaveLength(0);
  });
  it('leaves a RUN that empties the cache itself (it would empty the mount)', () => {
    expect(runPass(pass, '# syntax=docker/dockerfile:1\nFROM node:22\nRUN npm ci && npm cache clean --force\n').changes).toHaveLength(0);
    expect(runPass(pass, '# syntax=docker/dockerfile:1\nFROM python:3\nRUN pip install a && pip cache purge\n').changes).toHaveLength(0);
  });
});
