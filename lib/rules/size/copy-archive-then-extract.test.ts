import { describe, it, expect } from 'vitest';
import { rule } from './copy-archive-then-extract';
import { linesOf } from '../testing';

describe('copy-archive-then-extract (DL3010)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags a copied archive that a later RUN extracts, on the COPY line', () => {
    expect(linesOf(rule, 'COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar')).toEqual([1]);
    expect(linesOf(rule, 'COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar')).toEqual([1]);
    expect(linesOf(rule, 'COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar')).toEqual([1]);
    expect(linesOf(rule, 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"')).toEqual([1]);
    expect(linesOf(rule, 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz')).toEqual([1]);
    expect(linesOf(rule, 'FROM debian:12\nCOPY x.tgz /tmp/\nRUN gunzip /tmp/x.tgz')).toEqual([2]);
  });
  it('accepts copies without extraction, other stages, non-archives and COPY --from', () => {
    expect(linesOf(rule, 'COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage')).toEqual([]);
    expect(linesOf(rule, 'COPY packaged-app.tar /usr/src/app\nFROM debian:11\nRUN tar -xf packaged-app.tar')).toEqual([]);
    expect(linesOf(rule, 'COPY package.json /usr/src/app')).toEqual([]);
    expect(linesOf(rule, 'COPY --from=builder /usr/local/share/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar')).toEqual([]);
    expect(linesOf(rule, 'FROM debian:12\nCOPY x.tar /tmp/\nRUN tar -cf /tmp/x.tar /etc')).toEqual([]);
  });
});
