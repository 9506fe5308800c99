import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pip-cache-not-disabled';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN pip2 install MySQL_python", () => {
    expect(lint(rule, "RUN pip2 install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pip2 install MySQL_python", () => {
    expect(lint(rule, "ONBUILD RUN pip2 install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pip3 install MySQL_python", () => {
    expect(lint(rule, "RUN pip3 install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pip3 install MySQL_python", () => {
    expect(lint(rule, "ONBUILD RUN pip3 install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pip install MySQL_python", () => {
    expect(lint(rule, "RUN pip install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pip install MySQL_python", () => {
    expect(lint(rule, "ONBUILD RUN pip install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN python3 -m pip install x", () => {
    expect(lint(rule, "RUN python3 -m pip install x", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ENV PIP_NO_CACHE_DIR=0 / RUN pip install MySQL_python", () => {
    expect(lint(rule, "ENV PIP_NO_CACHE_DIR=0\nRUN pip install MySQL_python", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: ENV PIP_NO_CACHE_DIR=off / RUN pip install MySQL_python", () => {
    expect(lint(rule, "ENV PIP_NO_CACHE_DIR=off\nRUN pip install MySQL_python", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: RUN PIP_NO_CACHE_DIR=false pip install MySQL_python", () => {
    expect(lint(rule, "RUN PIP_NO_CACHE_DIR=false pip install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN export PIP_NO_CACHE_DIR=no && pip install MySQL_python", () => {
    expect(lint(rule, "RUN export PIP_NO_CACHE_DIR=no && pip install MySQL_python", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: FROM debian:buster as base / ENV PIP_NO_CACHE_DIR=1 / FROM debian:buster / RUN pip install six", () => {
    expect(lint(rule, "FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six", opts).map((d) => d.line)).toEqual([4]);
  });
  it("quiet: RUN pip2 install MySQL_python --no-cache-dir", () => {
    expect(lint(rule, "RUN pip2 install MySQL_python --no-cache-dir", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pip2 install MySQL_python --no-cache-dir", () => {
    expect(lint(rule, "ONBUILD RUN pip2 install MySQL_python --no-cache-dir", opts)).toEqual([]);
  });
  it("quiet: RUN pip3 install --no-cache-dir MySQL_python", () => {
    expect(lint(rule, "RUN pip3 install --no-cache-dir MySQL_python", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pip3 install --no-cache-dir MySQL_python", () => {
    expect(lint(rule, "ONBUILD RUN pip3 install --no-cache-dir MySQL_python", opts)).toEqual([]);
  });
  it("quiet: RUN pipx install software", () => {
    expect(lint(rule, "RUN pipx install software", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pipx install software", () => {
    expect(lint(rule, "ONBUILD RUN pipx install software", opts)).toEqual([]);
  });
  it("quiet: RUN pipenv install library", () => {
    expect(lint(rule, "RUN pipenv install library", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pipenv install library", () => {
    expect(lint(rule, "ONBUILD RUN pipenv install library", opts)).toEqual([]);
  });
  it("quiet: FROM a / ENV PIP_NO_CACHE_DIR=1 / RUN pip install MySQL_python", () => {
    expect(lint(rule, "FROM a\nENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python", opts)).toEqual([]);
  });
  it("quiet: FROM a / ENV PIP_NO_CACHE_DIR=true / RUN pip install x", () => {
    expect(lint(rule, "FROM a\nENV PIP_NO_CACHE_DIR=true\nRUN pip install x", opts)).toEqual([]);
  });
  it("quiet: RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python", () => {
    expect(lint(rule, "RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python", opts)).toEqual([]);
  });
  it("quiet: RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python", () => {
    expect(lint(rule, "RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python", opts)).toEqual([]);
  });
  it("quiet: FROM debian:buster as base / ENV PIP_NO_CACHE_DIR=1 / FROM base / RUN pip install six", () => {
    expect(lint(rule, "FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six", opts)).toEqual([]);
  });
  it("quiet: RUN pip download x", () => {
    expect(lint(rule, "RUN pip download x", opts)).toEqual([]);
  });
  it("quiet: RUN pip --version", () => {
    expect(lint(rule, "RUN pip --version", opts)).toEqual([]);
  });
  it("fix: FROM python:3 / RUN pip install requests", () => {
    const fixed = fixOnce(rule, "FROM python:3\nRUN pip install requests", opts);
    expect(fixed).toBe("FROM python:3\nRUN pip install --no-cache-dir requests");
    expect(lint(rule, fixed, opts)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('quiet: a truthy ENV PIP_NO_CACHE_DIR above the RUN counts even in a fragment without FROM', () => {
    for (const v of ['1', 'on', 'yes', 'true']) {
      expect(lint(rule, `ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install MySQL_python`, opts)).toEqual([]);
    }
    expect(lint(rule, 'RUN pip install a\nENV PIP_NO_CACHE_DIR=1', opts).map((d) => d.line)).toEqual([1]);
  });
  it('accepts --no-cache, the abbreviation of --no-cache-dir that pip takes (real-world false positive)', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache /wheels/*')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache --upgrade jupyter && pip install --no-cache-dir x')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-color x').map((d) => d.line)).toEqual([2]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache x && pip install y').map((d) => d.line)).toEqual([2]);
  });
});
