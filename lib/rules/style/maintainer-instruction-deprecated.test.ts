import { describe, it, expect } from 'vitest';
import { rule } from './maintainer-instruction-deprecated';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('maintainer-instruction-deprecated', () => {
  it('flags MAINTAINER', () => {
    expect(linesOf(rule, '\nFROM scratch\nMAINTAINER me@example.org\n')).toEqual([3]);
    expect(linesOf(rule, 'maintainer Jane Doe <jane@example.org>\nFROM scratch\n')).toEqual([1]);
  });
  it('accepts the authors label', () => {
    expect(linesOf(rule, '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n')).toEqual([]);
  });
  it('fix turns it into a label', () => {
    const out = fixOnce(rule, 'FROM scratch\nMAINTAINER Jane Doe <jane@example.org>\n');
    expect(out).toBe('FROM scratch\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.org>"\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).instructions[1].pairs[0].value).toBe('Jane Doe <jane@example.org>');
  });
  it('offers no fix for quoted values', () => {
    expect(lint(rule, 'FROM scratch\nMAINTAINER "Jane"\n')[0].fix).toBeNull();
  });
});
