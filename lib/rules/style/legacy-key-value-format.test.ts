import { describe, it, expect } from 'vitest';
import { rule } from './legacy-key-value-format';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('legacy-key-value-format', () => {
  it('flags ENV and LABEL without =', () => {
    expect(linesOf(rule, '\nFROM scratch\nENV testkey value\nLABEL key value\n')).toEqual([3, 4]);
  });
  it('flags them in every stage, reachable or not', () => {
    expect(linesOf(rule, '\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n')).toEqual([5, 6]);
  });
  it('accepts key=value and ARG without a default', () => {
    expect(linesOf(rule, '\nFROM scratch\nENV testkey=value\nLABEL key=value a="b c"\nARG NAME\n')).toEqual([]);
  });
  it('fixes a simple value and a value with spaces', () => {
    const out = fixOnce(rule, 'FROM scratch\nENV APP_HOME /app\n');
    expect(out).toBe('FROM scratch\nENV APP_HOME=/app\n');
    expect(lint(rule, out)).toEqual([]);
    const spaced = fixOnce(rule, 'FROM scratch\nENV GREETING hello  world\n');
    expect(spaced).toBe('FROM scratch\nENV GREETING="hello  world"\n');
    const m = parseDockerfile(spaced);
    expect(m.instructions[1].pairs[0].value).toBe('hello  world');
    expect(lint(rule, spaced)).toEqual([]);
  });
  it('offers no fix for quoted or escaped values', () => {
    expect(lint(rule, 'FROM scratch\nENV A "x y"\n')[0].fix).toBeNull();
    expect(lint(rule, 'FROM scratch\nENV A x\\ y\n')[0].fix).toBeNull();
  });
});
