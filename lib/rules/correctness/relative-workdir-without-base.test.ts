import { describe, it, expect } from 'vitest';
import { rule } from './relative-workdir-without-base';
import { linesOf } from '../testing';

describe('relative-workdir-without-base', () => {
  it('flags a relative WORKDIR with no absolute one before it', () => {
    expect(linesOf(rule, '\nFROM scratch\nWORKDIR app/\n')).toEqual([3]);
    expect(linesOf(rule, 'FROM alpine\nWORKDIR ./app\nWORKDIR /srv\n')).toEqual([2]);
  });
  it('accepts a relative WORKDIR after an absolute one, also from the parent stage', () => {
    expect(linesOf(rule, '\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nWORKDIR /app\nWORKDIR src\n')).toEqual([]);
  });
  it('does not carry an absolute WORKDIR into an unrelated stage', () => {
    expect(linesOf(rule, 'FROM alpine AS a\nWORKDIR /app\nFROM alpine\nWORKDIR src\n')).toEqual([4]);
  });
  it('accepts variables and Windows paths', () => {
    expect(linesOf(rule, 'FROM alpine\nWORKDIR $HOME\nFROM windows\nWORKDIR C:\\\\app\n')).toEqual([]);
  });
});
