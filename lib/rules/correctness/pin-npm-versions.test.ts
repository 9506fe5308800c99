import { describe, it, expect } from 'vitest';
import { rule } from './pin-npm-versions';
import { linesOf } from '../testing';

const both = (run: string) => [linesOf(rule, `FROM node:22\n${run}`), linesOf(rule, `FROM node:22\nONBUILD ${run}`)];

describe('pin-npm-versions (DL3016)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags packages without versions and git urls without a ref, also in ONBUILD', () => {
    for (const run of [
      'RUN npm install express',
      'RUN npm install @myorg/privatepackage',
      'RUN npm install express sax@0.1.1',
      'RUN npm install --global express',
      'RUN npm install git+ssh://git@github.com:npm/npm.git',
      'RUN npm install git+http://isaacs@github.com/npm/npm',
      'RUN npm install git+https://isaacs@github.com/npm/npm.git',
      'RUN npm install git://github.com/npm/npm.git',
      'RUN npm install --registry https://example.com express',
      'RUN npm install --registry=https://example.com express',
      'RUN npm i express',
    ]) {
      expect(both(run), run).toEqual([[2], [2]]);
    }
  });
  it('accepts package.json installs, versions, tarballs, folders and git refs', () => {
    for (const run of [
      'RUN npm install',
      'RUN npm install --progress=false',
      'RUN npm install express@4.1.1',
      'RUN npm install @myorg/privatepackage@">=0.1.0"',
      'RUN npm install express@"4.1.1" sax@0.1.1',
      'RUN npm install --global express@"4.1.1"',
      'RUN npm install -g express@"4.1.1"',
      'RUN npm install package-v1.2.3.tar',
      'RUN npm install package-v1.2.3.tar.gz',
      'RUN npm install package-v1.2.3.tgz',
      'RUN npm install /folder',
      'RUN npm install ./folder',
      'RUN npm install ../folder',
      'RUN npm install ~/folder',
      'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27',
      'RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0',
      'RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27',
      'RUN npm install git://github.com/npm/npm.git#v1.0.27',
      'RUN npm run --crazy install',
      'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"',
      'RUN npm install --loglevel verbose sax@0.1.1',
      'RUN npm install --registry https://example.com sax@0.1.1',
      'RUN npm ci',
      'RUN npm install $PKG',
    ]) {
      expect(both(run), run).toEqual([[], []]);
    }
  });
});
