import { describe, it, expect } from 'vitest';
import { rule } from './from-uses-undeclared-arg';
import { lint, linesOf } from '../testing';

describe('from-uses-undeclared-arg', () => {
  it('accepts declared global args and predefined platform args', () => {
    expect(linesOf(rule, '\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n')).toEqual([]);
    expect(linesOf(rule, '\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n')).toEqual([]);
    expect(linesOf(rule, '\nFROM --platform=$BUILDPLATFORM scratch\n')).toEqual([]);
    expect(linesOf(rule, '\nARG DEBUG\nFROM scratch${DEBUG}\n')).toEqual([]);
    expect(linesOf(rule, '\nARG DEBUG\nFROM scra${DEBUG:-tch}\n')).toEqual([]);
    expect(linesOf(rule, '\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n')).toEqual([]);
  });
  it('flags a misspelt platform arg with a suggestion', () => {
    const d = lint(rule, '\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n');
    expect(d.map((x) => x.line)).toEqual([2]);
    expect(d[0].message).toContain('BUILDPLATFORM');
  });
  it('flags an undeclared arg in the platform and in the image', () => {
    const d = lint(rule, '\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n');
    expect(d.map((x) => x.line)).toEqual([4]);
    expect(d[0].message).toContain('MY_ARCH');
    expect(linesOf(rule, '\nARG tag=latest\nFROM busybox:${tag}${version} AS b\n')).toEqual([3]);
  });
  it('does not see ARGs declared inside a stage', () => {
    expect(linesOf(rule, 'FROM alpine\nARG V=1\nFROM busybox:$V\n')).toEqual([3]);
  });
  it('ignores escaped dollars', () => {
    expect(linesOf(rule, 'FROM busybox\\$V\n')).toEqual([]);
  });
});
