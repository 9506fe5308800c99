import { describe, it, expect } from 'vitest';
import { rule } from './tls-verification-disabled-env';
import { linesOf } from '../testing';

describe('tls-verification-disabled-env', () => {
  it('flags ENV and ARG settings', () => {
    expect(linesOf(rule, 'FROM node\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM node\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM python\nARG PYTHONHTTPSVERIFY="0"\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM node\nENV npm_config_strict_ssl=false\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nENV GIT_SSL_NO_VERIFY=true PIP_TRUSTED_HOST=pypi.org GOINSECURE=example.com\n')).toEqual([2, 2, 2]);
  });
  it('flags settings in RUN, exported or prefixed', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN export GIT_SSL_NO_VERIFY=1 && git clone https://x\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM node\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n')).toEqual([2]);
  });
  it('accepts safe values and ARGs without defaults', () => {
    expect(linesOf(rule, 'FROM node\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true\nARG GIT_SSL_NO_VERIFY\nENV GOINSECURE=\n')).toEqual([]);
  });
  it('checks ONBUILD ENV', () => {
    expect(linesOf(rule, 'FROM node\nONBUILD ENV NODE_TLS_REJECT_UNAUTHORIZED=0\n')).toEqual([2]);
  });
});
