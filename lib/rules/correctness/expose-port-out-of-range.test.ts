import { describe, it, expect } from 'vitest';
import { rule } from './expose-port-out-of-range';
import { linesOf } from '../testing';

describe('expose-port-out-of-range (DL3011)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags single ports and ranges past 65535', () => {
    expect(linesOf(rule, 'EXPOSE 80000')).toEqual([1]);
    expect(linesOf(rule, 'EXPOSE 40000-80000/tcp')).toEqual([1]);
    expect(linesOf(rule, 'EXPOSE 80 65536/udp')).toEqual([1]);
  });
  it('accepts valid ports and variables', () => {
    for (const e of ['EXPOSE 60000', 'EXPOSE ${FOOBAR}', 'EXPOSE 40000-60000/tcp', 'EXPOSE 40000-${FOOBAR}', 'EXPOSE 65535', 'EXPOSE 80/tcp 443/udp']) {
      expect(linesOf(rule, e), e).toEqual([]);
    }
  });
});
