import { describe, it, expect } from 'vitest';
import { rule } from './undefined-variable';
import { lint, linesOf } from '../testing';

describe('undefined-variable', () => {
  it('accepts a declared ARG, also one declared in the parent stage', () => {
    expect(linesOf(rule, '\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n')).toEqual([]);
    expect(linesOf(rule, '\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n')).toEqual([]);
  });
  it('leaves RUN to the shell', () => {
    expect(linesOf(rule, '\nFROM alpine\nRUN echo $PATH $NOPE\nCMD echo $NOPE\n')).toEqual([]);
  });
  it('flags a use before the ARG', () => {
    expect(linesOf(rule, '\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n')).toEqual([3]);
  });
  it('suggests close names', () => {
    const d = lint(rule, '\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n');
    expect(d.map((x) => x.line)).toEqual([6]);
    expect(d[0].message).toContain('$DIR_ASSETS');
    const p = lint(rule, '\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n');
    expect(p.map((x) => x.line)).toEqual([3]);
    expect(p[0].message).toContain('$PATH');
  });
  it('checks each stage with its own scope', () => {
    expect(linesOf(rule, '\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n')).toEqual([3, 6]);
  });
  it('does not let global ARGs into a stage unless redeclared', () => {
    expect(linesOf(rule, 'ARG V=1\nFROM alpine\nLABEL v=$V\n')).toEqual([3]);
    expect(linesOf(rule, 'ARG V=1\nFROM alpine\nARG V\nLABEL v=$V\n')).toEqual([]);
  });
  it('knows the predefined platform and proxy args', () => {
    expect(linesOf(rule, 'FROM alpine\nCOPY bin-$TARGETARCH /bin/app\nWORKDIR /src/$BUILDPLATFORM\n')).toEqual([]);
  });
  it('ENV pairs see only earlier instructions; later instructions see them', () => {
    expect(linesOf(rule, 'FROM scratch\nENV A=1 B=$A\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM scratch\nENV A=1\nENV B=$A\nWORKDIR /x/$B\n')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nARG A=1 B=$A\n')).toEqual([]);
  });
  it('ignores escaped dollars, single quotes and $$', () => {
    expect(linesOf(rule, "FROM scratch\nENV A=\\$HOME B='$HOME'\nLABEL c=$$\n")).toEqual([]);
  });
  it('checks COPY --chown and --from values', () => {
    expect(linesOf(rule, 'FROM scratch\nCOPY --chown=$APP_USER a /a\n')).toEqual([2]);
  });
  it('with an unknown base image reports only likely typos', () => {
    expect(linesOf(rule, 'FROM mycorp/base:1\nENV PATH=$APP_HOME/bin:$PATH\n')).toEqual([]);
    expect(linesOf(rule, 'FROM mycorp/base:1\nARG APP_VERSION=1\nLABEL v=$APP_VERSON\n')).toEqual([3]);
  });
  it('knows the env of common official images', () => {
    expect(linesOf(rule, 'FROM python:3.12\nARG VERSION=$PYTHON_VERSION\nENV PATH=$JAVA_HOME/bin:$PATH\n')).toEqual([3]);
  });
  it('ignores ONBUILD, since it runs in another build', () => {
    expect(linesOf(rule, 'FROM scratch\nONBUILD COPY $X /x\n')).toEqual([]);
  });
  it('reads every name of a multi-name ARG and never takes PATH for a typo (real-world false positives)', () => {
    expect(lint(rule, 'FROM debian:bookworm\nARG USER_ID GROUP_ID USERNAME\nUSER $USERNAME\nWORKDIR /home/$USERNAME')).toEqual([]);
    expect(lint(rule, 'FROM nvidia/cuda:10.1-devel-centos7\nENV GOPATH /go\nENV PATH $GOPATH/bin:$PATH')).toEqual([]);
    // a real typo next to a defined name is still reported, and an undeclared name after a multi-name ARG too
    expect(lint(rule, 'FROM nvidia/cuda:10.1-devel-centos7\nENV GOPATH /go\nENV X=$GOPAHT')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:bookworm\nARG A B\nUSER $C')).toHaveLength(1);
  });
});
