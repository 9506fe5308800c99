import { describe, it, expect } from 'vitest';
import { pass, requirementsBlock } from './supported-python-line';
import { rewrite, runPass } from '../testing';
import { parseDockerfile } from '../../model/parse';
import { optimize } from '../optimize';
import type { BuildContext } from '../../size/context';

const APP = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n';
const NO_DEPS = 'FROM python:3.9\nWORKDIR /app\nCOPY main.py .\nCMD ["python", "main.py"]\n';
const context = (texts: Record<string, string>, files: Record<string, number> | null = null): BuildContext => ({ files, texts, requirements: null, partial: false, id: `t:${JSON.stringify(texts)}:${JSON.stringify(files)}` });
/** the pass's changes with a context in view */
const changesWith = (text: string, ctx: BuildContext | null) =>
  pass.apply({ model: parseDockerfile(text), text, options: { profile: 'recommended', context: ctx } }).changes;
const why = (text: string, ctx: BuildContext | null) => {
  const model = parseDockerfile(text);
  return requirementsBlock(model, model.stages, ctx);
};

describe('supported-python-line', () => {
  it('moves an end-of-life line to 3.13 when what pip installs is in view and unpinned, keeping the variant', () => {
    const flask = context({ 'requirements.txt': 'flask>=2\ngunicorn  # server\nrequests!=2.30.0\n' });
    expect(changesWith(APP, flask)).toHaveLength(1);
    expect(rewrite(pass, NO_DEPS)).toBe(NO_DEPS.replace('python:3.9', 'python:3.13'));
    for (const [from, to] of [['3.9-slim', '3.13-slim'], ['3.10.14-slim-bookworm', '3.13-slim-bookworm'], ['3.8-alpine', '3.13-alpine'], ['3.9-trixie', '3.13-trixie']]) {
      expect(rewrite(pass, NO_DEPS.replace('python:3.9', `python:${from}`))).toContain(`FROM python:${to}\n`);
    }
    const [change] = changesWith(APP, flask);
    expect(change).toMatchObject({ title: 'Python 3.9 -> 3.13', risk: 'review' });
    expect(change.why).toMatch(/end of life \(3\.9 on 2025-10-31\).*supported until 2029-10-31.*every requirement pip installs here is in view.*Debian 13 \(trixie\).*distutils, imp.*setuptools/);
    expect(runPass(pass, NO_DEPS.replace('python:3.9', 'python:3.9-alpine')).changes[0].why).toMatch(/current Alpine release/);
    expect(runPass(pass, NO_DEPS.replace('python:3.9', 'python:3.9-slim-bookworm')).changes[0].why).toMatch(/stays on Debian 12/);
  });

  it('does not move on requirements it cannot see: old projects pin old releases (second review: 4 of 7 real moves failed)', () => {
    expect(changesWith(APP, null)).toHaveLength(0);
    expect(why(APP, null)).toBe('requirements.txt is not in view');
    // the list is elsewhere than the context the tool read
    expect(why(APP, context({ 'other.txt': 'flask' }))).toBe('requirements.txt is not in view');
    // an included list must be in view too
    expect(why(APP, context({ 'requirements.txt': 'flask\n-r base.txt\n' }))).toBe('base.txt is not in view');
    expect(why(APP, context({ 'requirements.txt': 'flask\n-r base.txt\n', 'base.txt': 'requests\n' }))).toBeNull();
  });

  it('does not move on a pin, whatever its operator or place, nor on local projects, lock files and other installers', () => {
    for (const pin of ['Django==3.2.25', 'numpy>=1.19,<1.22', 'numpy!=1.22.*,<=1.21.6', 'pandas~=1.2.3', 'torch===1.13.1', 'django<4']) {
      expect(why(APP, context({ 'requirements.txt': `flask\n${pin}\n` })), pin).toMatch(/pins a release/);
    }
    // a marker is not a pin
    expect(why(APP, context({ 'requirements.txt': 'flask ; python_version < "3.14"\n' }))).toBeNull();
    expect(why(APP, context({ 'requirements.txt': '-e .\n' }))).toMatch(/editable/);
    expect(why(APP, context({ 'requirements.txt': 'git+https://github.com/a/b.git\n' }))).toMatch(/not a package from an index/);
    expect(why(APP, context({ 'requirements.txt': 'flask' }, { 'requirements.txt': 5, 'Pipfile.lock': 900 }))).toMatch(/project or lock file/);
    expect(why('FROM python:3.9\nRUN pip install "pandas<2"\n', null)).toMatch(/pins a release/);
    expect(why('FROM python:3.9\nCOPY . .\nRUN pip install .\n', null)).toMatch(/local project/);
    expect(why('FROM python:3.9\nCOPY . .\nRUN python setup.py install\n', null)).toMatch(/setuptools/);
    expect(why('FROM python:3.8-alpine\nCOPY . .\nRUN pip install pipenv && pipenv install --system\n', null)).toMatch(/pipenv/);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install flask==3.0.3\nCMD ["python", "a.py"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install flask requests\nCMD ["python", "a.py"]\n').changes).toHaveLength(1);
  });

  it('does not read a list under another name, a download, a script or pip settings as the one pip installs (third review, N1)', () => {
    const renamed = APP.replace('COPY requirements.txt .', 'COPY requirements-prod.txt ./requirements.txt');
    expect(why(renamed, context({ 'requirements.txt': 'flask\n', 'requirements-prod.txt': 'numpy==1.21.6\n' }))).toMatch(/copied as/);
    expect(why(APP.replace('COPY requirements.txt .', 'ADD https://example.com/requirements.txt .'), context({ 'requirements.txt': 'flask\n' }))).toMatch(/downloaded/);
    expect(why('FROM python:3.9\nCOPY . .\nRUN sh install.sh\n', null)).toMatch(/shell script/);
    expect(why('FROM python:3.9\nCOPY . .\nRUN ./install.sh\n', null)).toMatch(/shell script/);
    expect(why(APP.replace('WORKDIR /app', 'WORKDIR /app\nENV PIP_CONSTRAINT=/app/constraints.txt'), context({ 'requirements.txt': 'flask\n' }))).toMatch(/environment/);
    expect(why(APP, context({ 'requirements.txt': '--find-links=./wheels\nmypkg\n' }))).toMatch(/local wheels/);
    expect(why(APP, context({ 'requirements.txt': 'flask\n-rbase.txt\n' }))).toBe('base.txt is not in view');
  });
  it('does not count lists made by a RUN, inline pip settings, pip.conf or a setup script as in view (fourth review, R4)', () => {
    const flask = context({ 'requirements.txt': 'flask\n' });
    expect(why(APP.replace('RUN pip install', 'RUN cp requirements-prod.txt requirements.txt && pip install'), flask)).toMatch(/writes a requirements/);
    expect(why(APP.replace('RUN pip install', 'RUN PIP_CONSTRAINT=c.txt pip install'), flask)).toMatch(/environment/);
    expect(why(APP.replace('WORKDIR /app', 'WORKDIR /app\nCOPY pip.conf /etc/pip.conf'), flask)).toMatch(/pip configuration/);
    expect(why(APP.replace('RUN pip install -r requirements.txt', 'RUN python setup_deps.py\nRUN pip install -r requirements.txt'), flask)).toMatch(/setup_deps\.py runs before the install/);
    // after the install, a script (manage.py collectstatic) installs nothing
    expect(why(APP.replace('COPY . .', 'COPY . .\nRUN python manage.py collectstatic --noinput'), flask)).toBeNull();
  });
  it('moves every Python stage together, and not when another image takes what a Python stage installed', () => {
    const text = 'FROM python:3.9 AS build\nRUN pip install --prefix=/deps flask\nFROM python:3.9-slim\nCOPY --from=build /deps /usr/local\n';
    expect(rewrite(pass, text)).toBe(text.replace('python:3.9 ', 'python:3.13 ').replace('python:3.9-slim', 'python:3.13-slim'));
    // a stage on another line that is still supported: the file mixes lines on purpose
    expect(runPass(pass, text.replace('python:3.9-slim', 'python:3.11-slim')).changes).toHaveLength(0);
    // distroless debian11 keeps its Python 3.9: 3.13 packages would not import there (second review, S9)
    const mixed = 'FROM python:3.9-slim AS build\nRUN pip install --target=/deps numpy\nFROM gcr.io/distroless/python3-debian11\nCOPY --from=build /deps /deps\nENV PYTHONPATH=/deps\nCMD ["/app/app.py"]\n';
    expect(runPass(pass, mixed).changes).toHaveLength(0);
  });

  it('leaves supported lines, lines too old to move blindly, suites and tags the target does not have', () => {
    for (const tag of ['3.11', '3.13-slim', '3.14', '3.7', '2.7', '3.9-slim-buster', '3.9-bullseye', '3.9-alpine3.18', '3.9-windowsservercore', 'latest']) {
      expect(runPass(pass, NO_DEPS.replace('python:3.9', `python:${tag}`)).changes, tag).toHaveLength(0);
    }
    expect(runPass(pass, 'ARG V=3.9\nFROM python:${V}\nCMD ["python"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9@sha256:' + 'a'.repeat(64) + '\nCMD ["python"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM example.com/python:3.9\nCMD ["python"]\n').changes).toHaveLength(0);
    // a path that names the old version would point nowhere
    expect(runPass(pass, 'FROM python:3.9\nCOPY patch.py /usr/local/lib/python3.9/site-packages/\n').changes).toHaveLength(0);
  });

  it('is not part of the safe profile; the article (requirements unseen) keeps Python 3.9', () => {
    expect(pass.profiles).not.toContain('safe');
    const r = optimize(APP, { profile: 'recommended' });
    expect(r.changes.find((c) => c.id === 'supported-python-line')).toBeUndefined();
    expect(r.dockerfile).toMatch(/^FROM python:3\.9-slim$/m);
  });
});
