import { describe, it, expect } from 'vitest';
import { rule } from './workdir-not-absolute';
import { linesOf } from '../testing';

describe('workdir-not-absolute (DL3000)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags relative paths, quoted or not', () => {
    for (const w of ['WORKDIR relative/dir', "WORKDIR 'relative/dir'", 'WORKDIR "relative/dir"', 'WORKDIR ./app']) {
      expect(linesOf(rule, `FROM debian\n${w}`), w).toEqual([2]);
    }
  });
  it('accepts absolute, variable and Windows paths', () => {
    for (const w of ['WORKDIR /usr/local', 'WORKDIR ${work}', "WORKDIR '/usr/local'", 'WORKDIR "/usr/local"', 'WORKDIR "${dir}"', "WORKDIR 'C:\\'", 'WORKDIR "C:\\"', 'WORKDIR C:/', 'WORKDIR "C:/"', 'WORKDIR $HOME/app']) {
      expect(linesOf(rule, `FROM debian\n${w}`), w).toEqual([]);
    }
  });
});
