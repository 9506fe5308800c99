import { describe, it, expect } from 'vitest';
import { rule } from './reserved-stage-name';
import { linesOf } from '../testing';

describe('reserved-stage-name', () => {
  it('flags scratch and context as stage names', () => {
    expect(linesOf(rule, '\nFROM scratch AS scratch\nFROM scratch AS context\n')).toEqual([2, 3]);
    expect(linesOf(rule, 'FROM alpine AS Context\n')).toEqual([1]);
  });
  it('accepts scratch as the image and ordinary names', () => {
    expect(linesOf(rule, '\nFROM scratch\nFROM scratch AS a\nFROM a AS contexts\n')).toEqual([]);
  });
});
