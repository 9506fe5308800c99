import { describe, it, expect } from 'vitest';
import { rule } from './overridden-cmd-entrypoint-healthcheck';
import { linesOf } from '../testing';

describe('overridden-cmd-entrypoint-healthcheck', () => {
  it('flags every one but the last', () => {
    expect(linesOf(rule, '\nFROM scratch\nENTRYPOINT ["/a"]\nENTRYPOINT ["/b"]\nCMD ["/a"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/a"]\nHEALTHCHECK CMD ["/b"]\n')).toEqual([3, 5, 7]);
  });
  it('flags them when other instructions stand between', () => {
    expect(linesOf(rule, '\nFROM scratch\nENTRYPOINT ["/a"]\nCMD ["/a"]\nHEALTHCHECK CMD ["/a"]\nCOPY <<EOF /a.txt\nHello\nEOF\nENTRYPOINT ["/b"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/b"]\n')).toEqual([3, 4, 5]);
  });
  it('counts each stage on its own', () => {
    expect(linesOf(rule, '\nFROM scratch AS a\nENTRYPOINT ["/a"]\nCMD ["/a"]\nHEALTHCHECK CMD ["/a"]\n\nFROM a AS b\nENTRYPOINT ["/b"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/b"]\n')).toEqual([]);
  });
  it('ignores ONBUILD triggers', () => {
    expect(linesOf(rule, 'FROM scratch\nONBUILD CMD ["/a"]\nCMD ["/b"]\n')).toEqual([]);
  });
});
