import { describe, it, expect } from 'vitest';
import { rule } from './expose-protocol-casing';
import { linesOf, fixAll, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('expose-protocol-casing', () => {
  it('flags an uppercase or mixed protocol', () => {
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80/TcP\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80/tcp 53/UDP 443/TCP\n')).toEqual([2, 2]);
  });
  it('accepts lowercase and no protocol', () => {
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80/tcp 53/udp 8080\n')).toEqual([]);
  });
  it('fix lowercases every protocol', () => {
    const out = fixAll(rule, 'FROM alpine\nEXPOSE 53/UDP 443/TcP\n');
    expect(out).toBe('FROM alpine\nEXPOSE 53/udp 443/tcp\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).parseDiagnostics).toEqual([]);
  });
});
