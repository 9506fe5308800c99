import { describe, it, expect } from 'vitest';
import { rule } from './ssh-port-exposed';
import { linesOf } from '../testing';

describe('ssh-port-exposed', () => {
  it('flags 22 with or without protocol', () => {
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 22\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80 22/tcp\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD EXPOSE 22/udp\n')).toEqual([2]);
  });
  it('accepts other ports', () => {
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 2222 220 8022 80/tcp\n')).toEqual([]);
  });
});
