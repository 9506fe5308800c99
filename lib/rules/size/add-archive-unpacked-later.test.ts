import { describe, it, expect } from 'vitest';
import { rule } from './add-archive-unpacked-later';
import { linesOf } from '../testing';

describe('add-archive-unpacked-later', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags remote tarballs into a directory, local .deb packages and relative paths', () => {
    expect(linesOf(rule, 'FROM x\nADD https://e.com/a/node.tar.xz /opt/\nRUN tar -xJf /opt/node.tar.xz -C /usr/local')).toEqual([2]);
    expect(linesOf(rule, 'FROM x\nWORKDIR /tmp\nADD pkg.deb .\nRUN dpkg -i pkg.deb')).toEqual([3]);
  });
  it('accepts local tar archives (ADD unpacks them), ADDs never unpacked, and rm in the later RUN (another rule)', () => {
    expect(linesOf(rule, 'FROM x\nADD app.tar.gz /opt/\nRUN ls /opt')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nADD https://e.com/tini /tini\nRUN chmod +x /tini')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nADD https://e.com/a.zip /tmp/a.zip\nRUN unzip /tmp/a.zip && rm /tmp/a.zip')).toEqual([]);
    expect(linesOf(rule, 'FROM x AS b\nADD https://e.com/a.zip /tmp/a.zip\nRUN unzip /tmp/a.zip\nFROM y\nCOPY --from=b /opt /opt')).toEqual([]);
  });
});
