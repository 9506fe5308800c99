import { describe, it, expect } from 'vitest';
import { rule } from './apk-add-missing-no-cache';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

const both = (run: string) => [linesOf(rule, `FROM alpine\n${run}`), linesOf(rule, `FROM alpine\nONBUILD ${run}`)];

describe('apk-add-missing-no-cache (DL3019)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags apk add without --no-cache, also with a cache mount elsewhere and in ONBUILD', () => {
    for (const run of ['RUN apk add flex=2.6.4-r1', 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0', 'RUN --mount=type=tmpfs,target=/var/cache/foo apk add -U curl=7.77.0', 'RUN apk --update add x']) {
      expect(both(run), run).toEqual([[2], [2]]);
    }
  });
  it('accepts --no-cache and cache/tmpfs mounts on /var/cache/apk', () => {
    for (const run of [
      'RUN apk add --no-cache flex=2.6.4-r1',
      'RUN apk --no-cache add flex',
      'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0',
      'RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=7.77.0',
      'RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0',
      'RUN apk del x && apk info',
    ]) {
      expect(both(run), run).toEqual([[], []]);
    }
  });
  it('the fix adds --no-cache after add', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toBe(rule.examples.good);
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
