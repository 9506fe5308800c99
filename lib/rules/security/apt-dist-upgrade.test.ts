import { describe, it, expect } from 'vitest';
import { rule } from './apt-dist-upgrade';
import { linesOf } from '../testing';

describe('apt-dist-upgrade', () => {
  it('flags dist-upgrade and full-upgrade', () => {
    expect(linesOf(rule, 'FROM debian\nRUN apt-get update && apt-get -y dist-upgrade\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nRUN apt full-upgrade -y\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN apt-get dist-upgrade\n')).toEqual([2]);
  });
  it('accepts install and plain upgrade', () => {
    expect(linesOf(rule, 'FROM debian\nRUN apt-get update && apt-get upgrade -y && apt-get install -y dist-upgrade-helper\n')).toEqual([]);
  });
});
