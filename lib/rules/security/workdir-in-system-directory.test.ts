import { describe, it, expect } from 'vitest';
import { rule } from './workdir-in-system-directory';
import { linesOf } from '../testing';

describe('workdir-in-system-directory', () => {
  it('flags system directories and paths under them', () => {
    expect(linesOf(rule, 'FROM alpine\nWORKDIR /proc\nWORKDIR /boot/app/\nWORKDIR "/dev/x"\nWORKDIR /lost+found\n')).toEqual([2, 3, 4, 5]);
  });
  it('accepts look-alike names', () => {
    expect(linesOf(rule, 'FROM alpine\nWORKDIR /app\nWORKDIR /devel\nWORKDIR /home/dev\nWORKDIR /processing\n')).toEqual([]);
  });
});
