import { describe, it, expect } from 'vitest';
import { groupThousands, formatBytes, parseBytes } from './bytes';

describe('groupThousands', () => {
  it('groups digits as en-US does, without loading locale data', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 1000000000, -4321, 1234.5]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 20 }));
    }
  });
});

describe('formatBytes and parseBytes', () => {
  it('read back what they print, in decimal units', () => {
    expect(formatBytes(1_100_000_000)).toBe('1.1 GB');
    expect(parseBytes('250MB')).toBe(250_000_000);
    expect(parseBytes('1 KiB')).toBe(1024);
    expect(parseBytes('ten')).toBeNull();
  });
});
