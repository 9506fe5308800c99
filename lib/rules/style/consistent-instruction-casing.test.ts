import { describe, it, expect } from 'vitest';
import { rule } from './consistent-instruction-casing';
import { linesOf, fixAll, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('consistent-instruction-casing', () => {
  it('flags a mixed-case keyword even when the rest agrees', () => {
    expect(linesOf(rule, '\n#\n#\nFrom scratch as base\nFROM scratch AS base2\n')).toEqual([4]);
    expect(linesOf(rule, '\n#\n#\nfrOM scratch as base\nfrom scratch as base2\n')).toEqual([4]);
  });
  it('flags the minority casing', () => {
    expect(linesOf(rule, '\nFROM scratch\n#\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n')).toEqual([4]);
    expect(linesOf(rule, '\nfrom scratch\n#\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n')).toEqual([4]);
    expect(linesOf(rule, '\n#\n#\nfrom scratch\nCOPY a /foo\nCOPY a /bar\nCOPY a /baz\n')).toEqual([4]);
    expect(linesOf(rule, '\n#\n#\nFROM scratch\ncopy a /foo\ncopy a /bar\ncopy a /baz\n')).toEqual([4]);
  });
  it('accepts a file in one casing', () => {
    expect(linesOf(rule, 'from scratch\ncopy a /foo\ncopy a /bar\n')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nCOPY a /foo\nCOPY a /bar\n')).toEqual([]);
  });
  it('does not read heredoc bodies as instructions', () => {
    expect(linesOf(rule, "FROM alpine\nRUN <<'EOT'\nenv\nEOT\n")).toEqual([]);
  });
  it('fix rewrites the keyword and the result parses', () => {
    const out = fixAll(rule, 'FROM scratch\ncopy a /foo\nCOPY b /bar\n');
    expect(out).toBe('FROM scratch\nCOPY a /foo\nCOPY b /bar\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).parseDiagnostics).toEqual([]);
  });
});
