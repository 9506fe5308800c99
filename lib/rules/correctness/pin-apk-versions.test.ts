import { describe, it, expect } from 'vitest';
import { rule } from './pin-apk-versions';
import { linesOf } from '../testing';

const both = (run: string) => [linesOf(rule, `FROM alpine\n${run}`), linesOf(rule, `FROM alpine\nONBUILD ${run}`)];

describe('pin-apk-versions (DL3018)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags unpinned packages, also in ONBUILD', () => {
    expect(both('RUN apk add flex')).toEqual([[2], [2]]);
    expect(both('RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5')).toEqual([[2], [2]]);
    expect(both('RUN apk add --no-cache --virtual .build-deps gcc')).toEqual([[2], [2]]);
  });
  it('accepts pinned versions, option values, virtual names and .apk files', () => {
    for (const run of [
      'RUN apk add flex=2.6.4-r1',
      'RUN apk add --no-cache git~2.52.0',
      'RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt',
      'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5',
      'RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies',
      'RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0',
      'RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0',
      'RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0',
      'RUN apk add mypackage-1.1.1.apk',
      'RUN apk add --no-cache $BUILD_DEPS',
      'RUN apk del flex',
    ]) {
      expect(both(run), run).toEqual([[], []]);
    }
  });
});
