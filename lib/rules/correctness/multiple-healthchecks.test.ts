import { describe, it, expect } from 'vitest';
import { rule } from './multiple-healthchecks';
import { linesOf } from '../testing';

describe('multiple-healthchecks (DL3012)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags a second HEALTHCHECK in the same stage only', () => {
    expect(linesOf(rule, 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2')).toEqual([3]);
    expect(linesOf(rule, 'FROM scratch')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nHEALTHCHECK CMD /bin/bla')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2')).toEqual([]);
  });
});
