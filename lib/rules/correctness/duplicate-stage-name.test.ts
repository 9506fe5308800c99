import { describe, it, expect } from 'vitest';
import { rule } from './duplicate-stage-name';
import { linesOf } from '../testing';

describe('duplicate-stage-name', () => {
  it('flags the second stage with the same name', () => {
    expect(linesOf(rule, '\nFROM scratch AS b\nFROM scratch AS b\n')).toEqual([3]);
  });
  it('compares names without regard to case', () => {
    expect(linesOf(rule, 'FROM scratch AS build\nFROM scratch AS BUILD\n')).toEqual([2]);
  });
  it('accepts distinct names and unnamed stages', () => {
    expect(linesOf(rule, '\nFROM scratch AS b1\nFROM scratch AS b2\nFROM scratch\nFROM scratch\n')).toEqual([]);
  });
});
