import { describe, it, expect } from 'vitest';
import { rule } from './expose-ip-or-host-port';
import { linesOf } from '../testing';

describe('expose-ip-or-host-port', () => {
  it('flags an address or a host mapping', () => {
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80:80\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80 8080:80/tcp 9000:9000\n')).toEqual([2, 2]);
  });
  it('accepts ports, ranges and protocols', () => {
    expect(linesOf(rule, 'FROM alpine\nEXPOSE 80 443/tcp 53/udp 8000-8010\n')).toEqual([]);
  });
});
