import { describe, it, expect } from 'vitest';
import { rule } from './tls-verification-disabled-command';
import { linesOf } from '../testing';

const run = (cmd: string) => linesOf(rule, `FROM debian\nRUN ${cmd}\n`);

describe('tls-verification-disabled-command', () => {
  it('flags curl -k in every spelling', () => {
    expect(run('curl -k https://x')).toEqual([2]);
    expect(run('curl -fsSLk https://x -o y')).toEqual([2]);
    expect(run('curl --insecure https://x')).toEqual([2]);
    expect(run('apt-get update && sudo curl -sk https://x | tar x')).toEqual([2]);
  });
  it('flags wget, pip, npm, yarn, git and yum/dnf spellings', () => {
    expect(run('wget --no-check-certificate https://x')).toEqual([2]);
    expect(run('pip install --trusted-host pypi.org flask')).toEqual([2]);
    expect(run('python3 -m pip install --trusted-host=pypi.org flask')).toEqual([2]);
    expect(run('npm config set strict-ssl false')).toEqual([2]);
    expect(run('yarn config set strict-ssl false')).toEqual([2]);
    expect(run('npm install --strict-ssl=false')).toEqual([2]);
    expect(run('git config --global http.sslVerify false')).toEqual([2]);
    expect(run('git -c http.sslVerify=false clone https://x')).toEqual([2]);
    expect(run('dnf config-manager --save --setopt=sslverify=false')).toEqual([2]);
    expect(run('yum --setopt=myrepo.sslverify=0 install -y x')).toEqual([2]);
  });
  it('accepts checked downloads and look-alikes', () => {
    expect(run('curl -fsSL https://x -o y && wget -q https://z')).toEqual([]);
    expect(run('pip install --index-url https://pypi.org/simple flask')).toEqual([]);
    expect(run('npm config set strict-ssl true && git config --global http.sslVerify true')).toEqual([]);
    expect(run('echo curl -k')).toEqual([]);
    expect(run('tar -k -xf a.tar')).toEqual([]);
  });
  it('checks ONBUILD RUN and sh -c strings', () => {
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN curl -k https://x\n')).toEqual([2]);
    expect(run('sh -c "curl -k https://x"')).toEqual([2]);
  });
});
