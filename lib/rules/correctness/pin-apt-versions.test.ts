import { describe, it, expect } from 'vitest';
import { rule } from './pin-apt-versions';
import { linesOf } from '../testing';

const flagged = (run: string) => linesOf(rule, `FROM debian:12\n${run}`).length > 0;
const flaggedOnBuild = (run: string) => linesOf(rule, `FROM debian:12\nONBUILD ${run}`).length === 1;

describe('pin-apt-versions (DL3008)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags unpinned packages, also in ONBUILD', () => {
    for (const run of ['RUN apt-get update && apt-get install python', 'RUN apt-get install -y python=2.7 curl', 'RUN apt-get install -y $PKG_A curl']) {
      expect(flagged(run), run).toBe(true);
      expect(flaggedOnBuild(run), run).toBe(true);
    }
  });
  it('accepts pinned versions, releases, local .deb files and the target-release value', () => {
    const ok = [
      'RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*',
      'RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*',
      'RUN apt-get install -y python=1.2.2',
      'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb',
      'RUN apt-get -y --no-install-recommends install nodejs=0.10',
      'RUN set -e &&\\\n echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*',
      'RUN apt-get install -y --target-release=bookworm-backports foo=1.0',
      'RUN apt-get install -y -o Dpkg::Options::=--force-confold -c apt.conf foo=1',
      'RUN apt-get install -y $PACKAGES',
      'RUN apt-get install -y python3=${PY_VERSION}',
      'RUN apt-get update',
    ];
    for (const run of ok) {
      expect(flagged(run), run).toBe(false);
      expect(flaggedOnBuild(run), run).toBe(false);
    }
  });
  it('reports once per RUN, on its first line (heredocs too)', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y a && apt-get install -y b')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF')).toEqual([2]);
  });
});
