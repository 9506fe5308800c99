import { describe, it, expect } from 'vitest';
import { rule } from './json-args-for-cmd-entrypoint';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('json-args-for-cmd-entrypoint', () => {
  it('flags CMD and ENTRYPOINT in shell form', () => {
    expect(linesOf(rule, '\nFROM scratch\nCMD mycommand\n')).toEqual([3]);
    expect(linesOf(rule, '\nFROM scratch\nENTRYPOINT mycommand\n')).toEqual([3]);
  });
  it('accepts the JSON form', () => {
    expect(linesOf(rule, 'FROM scratch\nCMD ["a", "b"]\nENTRYPOINT ["x"]\n')).toEqual([]);
  });
  it('is silent when the stage or its parent stage sets SHELL', () => {
    expect(linesOf(rule, '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
    expect(linesOf(rule, '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n')).toEqual([]);
    expect(linesOf(rule, '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n')).toEqual([]);
    expect(linesOf(rule, '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n')).toEqual([]);
  });
  it('does not count a SHELL of an unrelated stage', () => {
    expect(linesOf(rule, 'FROM scratch AS a\nSHELL ["/bin/bash", "-c"]\nFROM scratch\nCMD run\n')).toEqual([4]);
  });
  it('reads a bracketed list that is not JSON as the exec form it meant, with a fix', () => {
    const found = lint(rule, "FROM python:3.12\ncmd ['python', 'app.py']\n");
    expect(found[0].message).toMatch(/is not valid JSON .* write cmd \["python", "app.py"\]/i);
    const out = fixOnce(rule, 'FROM alpine\nCMD [crond, -f, -l, 8]\n');
    expect(out).toBe('FROM alpine\nCMD ["crond", "-f", "-l", "8"]\n');
    expect(lint(rule, out)).toEqual([]);
  });
  it('fixes plain word lists only', () => {
    const out = fixOnce(rule, 'FROM node:22\nCMD node server.js --port=80\n');
    expect(out).toBe('FROM node:22\nCMD ["node", "server.js", "--port=80"]\n');
    expect(lint(rule, out)).toEqual([]);
    expect(parseDockerfile(out).instructions[1].form).toBe('exec');
    const withShell = lint(rule, 'FROM alpine\nCMD echo $HOME && run\n');
    expect(withShell[0].fix).toBeNull();
    expect(lint(rule, 'FROM alpine\nENTRYPOINT ["/init"]\nCMD serve now\n')[0].fix).toBeNull();
    expect(lint(rule, 'FROM alpine\nENTRYPOINT run\n')[0].fix).toBeNull();
  });
});
