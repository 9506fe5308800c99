import { describe, it, expect } from 'vitest';
import { rule } from './package-signature-check-disabled';
import { linesOf } from '../testing';

const run = (cmd: string) => linesOf(rule, `FROM debian\nRUN ${cmd}\n`);

describe('package-signature-check-disabled', () => {
  it('flags apt, apk, yum/dnf, rpm and zypper spellings', () => {
    expect(run('apt-get install -y --allow-unauthenticated curl')).toEqual([2]);
    expect(run('apt-get install -y --force-yes curl')).toEqual([2]);
    expect(run('apt-get -o APT::Get::AllowUnauthenticated=true install -y curl')).toEqual([2]);
    expect(run('apk add --allow-untrusted /tmp/x.apk')).toEqual([2]);
    expect(run('yum install -y --nogpgcheck x')).toEqual([2]);
    expect(run('dnf --setopt=gpgcheck=0 install -y x')).toEqual([2]);
    expect(run('rpm -i --nosignature x.rpm')).toEqual([2]);
    expect(run('zypper --no-gpg-checks install -y x')).toEqual([2]);
    expect(run('sudo apt-get install -y --allow-unauthenticated curl')).toEqual([2]);
  });
  it('accepts ordinary installs', () => {
    expect(run('apt-get update && apt-get install -y --no-install-recommends curl && apk add --no-cache x && yum install -y x && rpm -i x.rpm')).toEqual([]);
    expect(run('echo --force-yes')).toEqual([]);
  });
  it('checks ONBUILD RUN', () => {
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN apk add --allow-untrusted x\n')).toEqual([2]);
  });
});
