import { describe, it, expect } from 'vitest';
import { rule } from './from-as-casing';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('from-as-casing', () => {
  it('flags lowercase as after FROM and uppercase AS after from', () => {
    expect(linesOf(rule, '\n#\n#\nFROM scratch AS BadStageName\n\n#\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n')).toEqual([8]);
    expect(linesOf(rule, '\n#\n#\nfrom scratch AS base\n\nfrom scratch as base2\n')).toEqual([4]);
  });
  it('leaves a mixed-case FROM alone and FROM without alias', () => {
    expect(linesOf(rule, 'From scratch as base\nFROM scratch\n')).toEqual([]);
  });
  it('fix matches the casing', () => {
    const out = fixOnce(rule, 'FROM scratch as base\n');
    expect(out).toBe('FROM scratch AS base\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).stages[0].name).toBe('base');
  });
});
