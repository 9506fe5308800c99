import { describe, it, expect } from 'vitest';
import { rule } from './chpasswd-used';
import { linesOf } from '../testing';

describe('chpasswd-used', () => {
  it('flags chpasswd in a pipe, with sudo and in ONBUILD', () => {
    expect(linesOf(rule, 'FROM ubuntu\nRUN echo "root:pw" | chpasswd\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM ubuntu\nRUN sudo /usr/sbin/chpasswd < /tmp/pw\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM ubuntu\nONBUILD RUN echo a:b | chpasswd -e\n')).toEqual([2]);
  });
  it('accepts the word in other places', () => {
    expect(linesOf(rule, 'FROM ubuntu\nRUN echo chpasswd && apt-get install -y passwd\n')).toEqual([]);
  });
});
