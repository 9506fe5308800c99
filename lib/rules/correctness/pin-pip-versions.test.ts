import { describe, it, expect } from 'vitest';
import { rule } from './pin-pip-versions';
import { linesOf } from '../testing';

const both = (run: string) => [linesOf(rule, `FROM python:3\n${run}`), linesOf(rule, `FROM python:3\nONBUILD ${run}`)];

describe('pin-pip-versions (DL3013)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags unpinned packages for pip, pip2, pip3 and python -m pip, also in ONBUILD', () => {
    for (const run of [
      'RUN pip2 install MySQL_python',
      'RUN pip3 install MySQL_python',
      'RUN pip install MySQL_python',
      'RUN python -m pip install example',
      'RUN python -m pip install --index-url url example',
      'RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext',
      'RUN pip install git+ssh://github.com/rtfd/read-ext.git#egg=read-ext',
      'RUN pip install --upgrade pip',
    ]) {
      expect(both(run), run).toEqual([[2], [2]]);
    }
  });
  it('accepts pins, files, local paths, URLs, requirements and constraints', () => {
    for (const run of [
      'RUN pip3 install MySQL_python==1.2.2',
      'RUN pip3 install mypkg.whl',
      'RUN pip3 install mypkg.tar.gz',
      'RUN pip install -r requirements.txt',
      'RUN pip install --requirement requirements.txt',
      'RUN pip install .',
      'RUN pip install -e .',
      'RUN pip install MySQL_python~=1.2.2',
      'RUN pip install MySQL_python===1.2.2',
      'RUN pip install --ignore-installed MySQL_python==1.2.2',
      'RUN pip3 install --build /opt/yamllint yamllint==1.20.0',
      'RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0',
      'RUN pip3 install --root /opt/yamllint yamllint==1.20.0',
      'RUN pip3 install --target /opt/yamllint yamllint==1.20.0',
      'RUN pip3 install --trusted-host host example==1.2.2',
      'RUN python -m pip install example==1.2.2',
      'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext',
      'RUN pip install git+ssh://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext',
      'RUN pip install foo/bar',
      'RUN pip install https://foo.bar/baz.zip',
      "RUN pip install 'alabaster>=0.7'",
      "RUN pip install 'alabaster<0.7'",
      "RUN pip install 'alabaster!=0.7'",
      'RUN pip install MySQL_python==1.2.2 --user',
      'RUN pip install MySQL_python==1.2.2 --disable-pip-version-check',
      'RUN pip install --index-url https://eg.com/foo foobar==1.0.0',
      'RUN pip install -i https://eg.com/foo foobar==1.0.0',
      'RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0',
      'RUN pip install MySQL_python==1.2.2 --no-cache-dir',
      'RUN pip install pykafka --constraint http://foo.bar.baz',
      'RUN pip install pykafka -c http://foo.bar.baz',
      'RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0',
      'RUN pipenv install black',
      'RUN pip install $PACKAGES',
      'RUN pip download flask',
    ]) {
      expect(both(run), run).toEqual([[], []]);
    }
  });
});
