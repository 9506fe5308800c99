import { describe, it, expect } from 'vitest';
import { rule } from './no-shell-in-final-image';
import { linesOf } from '../testing';

describe('no-shell-in-final-image', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([8]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags RUN, shell-form ENTRYPOINT and sh -c in scratch and distroless', () => {
    expect(linesOf(rule, 'FROM scratch\nRUN mkdir /tmp')).toEqual([2]);
    expect(linesOf(rule, 'FROM gcr.io/distroless/static-debian12\nENTRYPOINT /app')).toEqual([2]);
    expect(linesOf(rule, 'FROM gcr.io/distroless/base-debian12\nCMD ["sh", "-c", "/app"]')).toEqual([2]);
    expect(linesOf(rule, 'FROM scratch AS base\nFROM base\nCMD /app')).toEqual([3]);
    expect(linesOf(rule, 'FROM scratch\nHEALTHCHECK CMD /probe || exit 1')).toEqual([2]);
  });
  it('accepts exec form, debug variants, images with shells, copied-in busybox and non-final stages', () => {
    expect(linesOf(rule, 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--help"]')).toEqual([]);
    expect(linesOf(rule, 'FROM gcr.io/distroless/base-debian12:debug\nRUN echo hi')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nCMD /app')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nCOPY --from=busybox:musl /bin/busybox /bin/busybox\nCMD /app')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch AS a\nCMD /app\nFROM alpine\nCOPY --from=a / /')).toEqual([]);
  });
});
