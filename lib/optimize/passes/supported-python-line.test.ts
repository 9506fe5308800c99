import { describe, it, expect } from 'vitest';
import { pass } from './supported-python-line';
import { rewrite, runPass } from '../testing';
import { parseDockerfile } from '../../model/parse';
import { optimize } from '../optimize';
import type { BuildContext } from '../../size/context';

const APP = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n';
const withRequirements = (text: string): BuildContext => ({ files: null, texts: { 'requirements.txt': text }, requirements: null, partial: false, id: `t:${text}` });
/** the pass's changes with requirements in view */
const changesWith = (text: string, requirements: string) =>
  pass.apply({ model: parseDockerfile(text), text, options: { profile: 'recommended', context: withRequirements(requirements) } }).changes;

describe('supported-python-line', () => {
  it('moves an end-of-life line to 3.13, keeping the variant and dropping the patch', () => {
    expect(rewrite(pass, APP, 'recommended')).toBe(APP.replace('python:3.9', 'python:3.13'));
    for (const [from, to] of [['3.9-slim', '3.13-slim'], ['3.10.14-slim-bookworm', '3.13-slim-bookworm'], ['3.8-alpine', '3.13-alpine'], ['3.9-trixie', '3.13-trixie']]) {
      expect(rewrite(pass, APP.replace('python:3.9', `python:${from}`), 'recommended')).toContain(`FROM python:${to}\n`);
    }
    const { changes } = runPass(pass, APP, 'recommended');
    expect(changes[0]).toMatchObject({ title: 'Python 3.9 -> 3.13', risk: 'review' });
    expect(changes[0].why).toMatch(/end of life \(3\.9 on 2025-10-31\).*supported until 2029-10-31.*distutils, imp/);
  });

  it('moves every Python stage together, so a venv copied between them still matches', () => {
    const text = 'FROM python:3.9 AS build\nRUN pip install flask\nFROM python:3.9-slim\nCOPY --from=build /usr/local/lib /usr/local/lib\n';
    expect(rewrite(pass, text, 'recommended')).toBe(text.replace('python:3.9 ', 'python:3.13 ').replace('python:3.9-slim', 'python:3.13-slim'));
    // a stage on another line that is still supported: the file mixes lines on purpose, left alone
    expect(runPass(pass, text.replace('python:3.9-slim', 'python:3.11-slim'), 'recommended').changes).toHaveLength(0);
  });

  it('leaves supported lines, lines too old to move blindly, suites and tags the target does not have', () => {
    for (const tag of ['3.11', '3.13-slim', '3.14', '3.7', '2.7', '3.9-slim-buster', '3.9-bullseye', '3.9-alpine3.18', '3.9-windowsservercore', 'latest']) {
      expect(runPass(pass, APP.replace('python:3.9', `python:${tag}`), 'recommended').changes, tag).toHaveLength(0);
    }
    expect(runPass(pass, 'ARG V=3.9\nFROM python:${V}\nCMD ["python"]\n', 'recommended').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9@sha256:' + 'a'.repeat(64) + '\nCMD ["python"]\n', 'recommended').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM example.com/python:3.9\nCMD ["python"]\n', 'recommended').changes).toHaveLength(0);
  });

  it('leaves a file that names the old version in a path', () => {
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install flask\nCOPY patch.py /usr/local/lib/python3.9/site-packages/\n', 'recommended').changes).toHaveLength(0);
  });

  it('leaves compiled packages pinned to a release, in requirements in view or on the pip line', () => {
    expect(changesWith(APP, 'flask==3.0.0\nnumpy==1.21.0  # pinned\n')).toHaveLength(0);
    expect(changesWith(APP, 'flask==3.0.0\nnumpy>=1.26\n')).toHaveLength(1);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install "pandas<2"\nCMD ["python", "a.py"]\n', 'recommended').changes).toHaveLength(0);
  });

  it('is not part of the safe profile, and the pipeline leaves the old line when it is switched off', () => {
    expect(pass.profiles).not.toContain('safe');
    const off = optimize(APP, { profile: 'recommended', disabled: ['supported-python-line'] });
    expect(off.dockerfile).toMatch(/^FROM python:3\.9 AS builder$/m);
    expect(off.changes.find((c) => c.id === 'supported-python-line')?.enabled).toBe(false);
  });
});
