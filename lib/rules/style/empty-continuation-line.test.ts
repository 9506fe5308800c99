import { describe, it, expect } from 'vitest';
import { rule } from './empty-continuation-line';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('empty-continuation-line', () => {
  it('reports where the continued instruction ends', () => {
    expect(linesOf(rule, '\nFROM scratch\n#\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n')).toEqual([6]);
  });
  it('accepts continuations without blank lines, and comment lines inside them', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN apk add \\\n# note\n    curl\n')).toEqual([]);
  });
  it('fix removes the blank lines and the result parses', () => {
    const out = fixOnce(rule, 'FROM alpine\nRUN echo a \\\n\n\n    b\n');
    expect(out).toBe('FROM alpine\nRUN echo a \\\n    b\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).parseDiagnostics).toEqual([]);
  });
});
