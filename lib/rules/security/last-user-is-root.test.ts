import { describe, it, expect } from 'vitest';
import { rule } from './last-user-is-root';
import { linesOf } from '../testing';

describe('last-user-is-root (DL3002)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags root by name, uid and with a group', () => {
    for (const u of ['root', '0', 'root:root', '0:0']) expect(linesOf(rule, `FROM scratch\nUSER ${u}`), u).toEqual([2]);
  });
  it('accepts a non-root user and switching back', () => {
    expect(linesOf(rule, 'FROM scratch\nUSER foo')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nUSER root\nRUN something\nUSER foo')).toEqual([]);
    expect(linesOf(rule, 'FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch')).toEqual([]);
  });
  it('flags any stage that ends as root, also when a later stage builds on it', () => {
    expect(linesOf(rule, 'FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else')).toEqual([2]);
  });
});
