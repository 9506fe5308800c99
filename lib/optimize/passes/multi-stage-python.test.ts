import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { applyEdits } from '../../rules/fixes';
import { pass, runtimeTag } from './multi-stage-python';
import { rewrite, runPass, parsesCleanly } from '../testing';
import { optimize } from '../optimize';

/** the builder's steps after FROM, for the files below (WORKDIR /app, requirements.txt) */
const VENV_BUILDER = 'WORKDIR /app\nCOPY requirements.txt .\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install -r requirements.txt\n';
const ARTICLE = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n';

describe('multi-stage-python', () => {
  it('builds a venv in a builder and ships it on -slim (the article example)', () => {
    const out = rewrite(pass, ARTICLE);
    expect(out).toBe(
      'FROM python:3.9 AS builder\n' + VENV_BUILDER + '\n' +
        'FROM python:3.9-slim\nWORKDIR /app\nCOPY --from=builder /opt/venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nCOPY . .\nCMD ["python", "main.py"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
    expect(out).not.toMatch(/scratch|pyinstaller/i);
  });
  it('keeps build packages in the builder and installs the runtime libraries they imply', () => {
    const out = rewrite(pass, 'FROM python:3.11\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app:app"]\n');
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('apt-get install -y gcc libpq-dev');
    expect(runtime).toContain('apt-get install -y --no-install-recommends libpq5');
    expect(runtime).not.toContain('gcc');
  });
  it('leaves the file alone when the runtime would need a package from a repository the build adds', () => {
    const microsoft =
      'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl gnupg gcc unixodbc-dev \\\n' +
      '    && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg \\\n' +
      '    && echo "deb [signed-by=/usr/share/keyrings/microsoft-prod.gpg] https://packages.microsoft.com/debian/12/prod bookworm main" > /etc/apt/sources.list.d/mssql-release.list \\\n' +
      '    && apt-get update && ACCEPT_EULA=Y apt-get install -y msodbcsql18\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    expect(runPass(pass, microsoft).changes).toHaveLength(0);
    // the same packages from an earlier RUN's repository, and from a vendor set-up script
    const earlier = 'FROM python:3.11\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\nRUN apt-get install -y gcc libpq-dev postgresql-client\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
    expect(runPass(pass, earlier).changes).toHaveLength(0);
    // a repository for build-only packages does not matter to the runtime
    const buildOnly = 'FROM python:3.11\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs gcc\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
    expect(runPass(pass, buildOnly).changes).toHaveLength(1);
  });
  it('installs the tools a HEALTHCHECK or the start command calls in the runtime, and names the ones left behind', () => {
    const file = 'FROM python:3.11\nRUN apt-get update && apt-get install -y gcc curl git libpq-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD ["gunicorn", "app:app"]\n';
    const r = runPass(pass, file);
    const runtime = rewrite(pass, file).split('\n\n')[1];
    expect(runtime).toContain('apt-get install -y --no-install-recommends libpq5 curl');
    expect(runtime).not.toMatch(/\bgit\b/);
    expect(r.changes[0].why).toContain('curl is installed in the runtime stage too');
    expect(r.changes[0].why).toContain('git stays in the builder');
    // a start script the file does not show keeps the download tools, not git
    const script = rewrite(pass, file.replace('HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD ["gunicorn", "app:app"]', 'ENTRYPOINT ["./docker-entrypoint.sh"]')).split('\n\n')[1];
    expect(script).toContain('apt-get install -y --no-install-recommends libpq5 curl');
    expect(script).not.toMatch(/\bgit\b/);
    // a tool named inside a word is not a call
    const mention = file.replace('HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\n', 'ENV CURL_OPTS=x\n');
    expect(rewrite(pass, mention).split('\n\n')[1]).not.toContain('curl');
  });
  it('installs the runtime libraries of build packages that the pip RUN installs itself', () => {
    const runtime = rewrite(pass, 'FROM python:3.11\nWORKDIR /app\nCOPY requirements.txt .\nRUN apt-get update && apt-get install -y gcc libpq-dev && pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n').split('\n\n')[1];
    expect(runtime).toContain('apt-get install -y --no-install-recommends libpq5');
    expect(runtime).not.toContain('gcc');
  });
  it('keeps alpine on alpine (musl wheels need musl)', () => {
    expect(rewrite(pass, 'FROM python:3.12-alpine\nRUN apk add gcc musl-dev\nRUN pip install -r r.txt\nCMD ["python"]\n')).toContain('FROM python:3.12-alpine\n');
  });
  it('leaves multi-stage files, other installers and user installs alone', () => {
    expect(runPass(pass, 'FROM python:3.9 AS a\nRUN pip install x\nFROM python:3.9-slim\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install poetry && poetry install\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install --user x\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9-slim\nRUN pip install x\n').changes).toHaveLength(0);
  });
  it('finds the runtime libraries of other -dev packages in Debian\'s dependencies when bookworm and trixie agree on their names', () => {
    const runtime = rewrite(pass, 'FROM python:3.11\nRUN apt-get update && apt-get install -y libxrender-dev libtiff-dev libavcodec-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n').split('\n\n')[1];
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends libxrender1 libtiff6 libtiffxx6/);
    // libavcodec59 on bookworm, libavcodec61 on trixie: the tag does not say which, so the change names it instead
    expect(runtime).not.toMatch(/libavcodec\d/);
    expect(runPass(pass, 'FROM python:3.11\nRUN apt-get update && apt-get install -y libavcodec-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n').changes[0].why).toMatch(/runtime libraries of libavcodec-dev are not installed/);
  });
  it('installs the library a source-built requirement links against when requirements.txt is in view, and says so when it is not', () => {
    const text = 'FROM python:3.11\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app.wsgi"]\n';
    const context = { files: null, texts: {}, requirements: 'Django==5.0\npsycopg2==2.9.9\nmysqlclient\n', partial: false, id: 'django' };
    const known = pass.apply({ model: parseDockerfile(text), text, options: { profile: 'recommended', context } });
    const runtime = applyEdits(text, known.edits).split('\n\n')[1];
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends libpq5 libmariadb3/);
    expect(known.changes[0].why).toMatch(/requirements name psycopg2, mysqlclient/);
    expect(runPass(pass, text).changes[0].why).toMatch(/psycopg2 needs libpq5/);
  });
  it('installs the library of a source-built package the pip command names itself, not of its -binary wheel', () => {
    const named = 'FROM python:3.12\nWORKDIR /app\nRUN pip install -r requirements.txt psycopg2==2.9.10\nCOPY . .\nCMD ["python", "app.py"]\n';
    expect(rewrite(pass, named).split('\n\n')[1]).toContain('apt-get install -y --no-install-recommends libpq5');
    expect(rewrite(pass, named.replace('psycopg2==', 'psycopg2-binary=='))).not.toContain('libpq5');
  });
  it('leaves a file whose package or pip RUN also sets the system up (a locale, a link): the builder would keep it', () => {
    const locale = 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends locales build-essential \\\n && echo "en_US.UTF-8 UTF-8" > /etc/locale.gen && locale-gen\nRUN pip install --no-cache-dir poetry==1.8.3\nWORKDIR /work\nCMD ["python", "app.py"]\n';
    expect(runPass(pass, locale.replace('python:3.12-slim', 'python:3.12')).changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.12\nRUN apt-get update && apt-get install -y ffmpeg && ln -s /usr/bin/ffmpeg /usr/local/bin/ff\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n').changes).toHaveLength(0);
    // npm's node_modules and global tools installed beside pip would stay in the builder too
    expect(runPass(pass, 'FROM python:3.4\nWORKDIR /var/app\nADD . /var/app\nRUN apt-get update && apt-get install -y nodejs && pip install -r requirements.txt && npm install -g gulp && npm install\nCMD ["/start.sh"]\n').changes).toHaveLength(0);
    // a directory a later COPY makes anyway is no reason
    expect(runPass(pass, 'FROM python:3.11.4\nRUN pip install flask && mkdir /opt/code\nCOPY ./ /opt/code\nCMD ["python", "/opt/code/app.py"]\n').changes).toHaveLength(1);
  });
  it('leaves a file that builds a C library from source before pip installs its Python wrapper', () => {
    const talib = 'FROM python:3.8\nRUN apt-get update && apt-get install -y build-essential curl\nRUN curl -L https://example.org/ta-lib-0.4.0-src.tar.gz | tar xz && cd ta-lib && ./configure --prefix=/usr && make && make install\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "main.py"]\n';
    expect(runPass(pass, talib).changes).toHaveLength(0);
    // nor one whose runtime steps compile (wpscan's gem has a C extension)
    expect(runPass(pass, 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev ruby ruby-dev\nRUN gem install wpscan --no-document\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "main.py"]\n').changes).toHaveLength(0);
    // a step after the last pip install runs on the code in the runtime, as before
    expect(runPass(pass, 'FROM python:3.9\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN python manage.py collectstatic --noinput\nCMD ["python", "main.py"]\n').changes).toHaveLength(1);
  });
  it('maps build tags to runtime tags', () => {
    expect(runtimeTag('3.9')).toBe('3.9-slim');
    expect(runtimeTag('3.12-bookworm')).toBe('3.12-slim-bookworm');
    expect(runtimeTag('3.11.0b4')).toBe('3.11.0b4-slim');
    expect(runtimeTag('3.13.0rc1-bookworm')).toBe('3.13.0rc1-slim-bookworm');
    expect(runtimeTag('3.12-slim')).toBe('3.12-slim');
    expect(runtimeTag('3.13-windowsservercore')).toBeNull();
  });
});

const APP_313 = 'FROM python:3.13\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD ["python", "app.py"]\n';

describe('multi-stage-python on distroless (smallest profile)', () => {
  it('ships Python 3.13 on distroless debian13 with a trixie builder and only the site-packages', () => {
    const out = rewrite(pass, APP_313, 'smallest');
    expect(out).toBe(
      'FROM python:3.13-trixie AS builder\n' + VENV_BUILDER + '\n' +
        'FROM gcr.io/distroless/python3-debian13:nonroot\nWORKDIR /app\n' +
        'COPY --from=builder /opt/venv/lib/python3.13/site-packages /usr/local/lib/python3.13/dist-packages\n' +
        'COPY . .\nEXPOSE 8000\nCMD ["app.py"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
    expect(runPass(pass, APP_313, 'smallest').changes[0].why).toMatch(/Python 3\.13 at \/usr\/bin\/python3.*links to the builder's \/usr\/local\/bin\/python/);
  });
  it('leaves Python 2 (no venv module), and does not pack on a builder whose Debian release left the mirrors (review of corpus 7)', () => {
    expect(runPass(pass, APP_313.replace('3.13', '2.7')).changes).toHaveLength(0);
    const buster = runPass(pass, APP_313.replace('python:3.13', 'python:3.9-slim-buster').replace('EXPOSE 8000\n', ''), 'smallest');
    // -slim on buster: nothing left to split once packing is out
    expect(buster.text).not.toMatch(/apt-get update/);
    expect(buster.changes).toHaveLength(0);
    const fullBuster = runPass(pass, APP_313.replace('python:3.13', 'python:3.9-buster').replace('CMD ["python", "app.py"]', 'CMD ["python", "-m", "app"]'), 'smallest');
    expect(fullBuster.changes[0].why).toMatch(/Not a PyInstaller executable on distroless: the start command/);
    // a builder on an older release than the runtime's is said to be one
    const bullseye = runPass(pass, APP_313.replace('python:3.13', 'python:3.9-bullseye'), 'smallest');
    expect(bullseye.changes[0].why).toMatch(/which also runs what was built on Debian 11/);
  });
  it('makes the directories the builder copies into (COPY requirements.txt /code after RUN mkdir /code)', () => {
    const out = rewrite(pass, 'FROM python:3.9\nRUN mkdir /code\nCOPY requirements.txt /code\nRUN pip install -r /code/requirements.txt\nCOPY . /code\nWORKDIR /code\nCMD ["python", "app.py"]\n');
    expect(out.split('\n\n')[0]).toContain('RUN mkdir /code\nCOPY requirements.txt /code\n');
  });
  it('gives the runtime libgomp for xgboost and LightGBM, and Alpine runtimes the libraries of postgresql-dev and jpeg-dev (review of corpus 7)', () => {
    const text = 'FROM python:3.9-slim\nRUN apt-get update && apt-get install -y gcc g++\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    const context = { files: null, texts: { 'requirements.txt': 'xgboost==1.7.6\npandas\n' }, partial: false, id: 'xgb' };
    const [change] = pass.apply({ model: parseDockerfile(text), text, options: { profile: 'recommended', context } }).changes;
    expect(change.why).toMatch(/xgboost loads a system library \(libgomp1\) that the full image has and the runtime would not, so the runtime installs it/);
    const magic = { files: null, texts: { 'requirements.txt': 'python-magic\n' }, partial: false, id: 'magic' };
    const full = 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    const out = pass.apply({ model: parseDockerfile(full), text: full, options: { profile: 'recommended', context: magic } });
    expect(applyEdits(full, out.edits).split('\n\n')[1]).toMatch(/apt-get install -y --no-install-recommends libmagic1/);
    const alpine = rewrite(pass, 'FROM python:3.11-alpine\nRUN apk add --no-cache postgresql-dev jpeg-dev gcc musl-dev\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "mysite.wsgi"]\n');
    expect(alpine.split('\n\n')[1]).toMatch(/apk add --no-cache libpq libjpeg-turbo/);
  });
  it('installs runtime packages only where the release still can (third review: buster 404s, bullseye names, old Alpine, libstdc++, a distroless working directory)', () => {
    const pg = 'FROM python:TAG\nRUN apt-get update && apt-get install -y libpq-dev gcc\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    for (const tag of ['3.9-buster', '3.9-bullseye', '3.6.4', '3.7', '3.8.2', '3.9.2', '3.10.11', '3.11.2']) expect(runPass(pass, pg.replace('TAG', tag)).changes, tag).toHaveLength(0);
    for (const tag of ['3.9', '3.9-bookworm', '3.8.18-bookworm', '3.9.18', '3.12.1']) expect(runPass(pass, pg.replace('TAG', tag)).changes, tag).toHaveLength(1);
    const alpine = 'FROM python:TAG\nRUN apk add --no-cache openssl-dev libffi-dev gcc musl-dev\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    expect(runPass(pass, alpine.replace('TAG', '3.8-alpine3.12')).changes).toHaveLength(0);
    expect(runPass(pass, alpine.replace('TAG', '3.5-alpine')).changes).toHaveLength(0);
    expect(runPass(pass, alpine.replace('TAG', '3.12-alpine3.20')).changes).toHaveLength(1);
    // C++ extensions built with g++ on Alpine link libstdc++
    const cpp = rewrite(pass, 'FROM python:3.12-alpine\nRUN apk add --no-cache gcc g++ musl-dev\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n');
    expect(cpp.split('\n\n')[1]).toMatch(/apk add --no-cache libstdc\+\+/);
    // no WORKDIR: distroless :nonroot would start in /home/nonroot
    const root = rewrite(pass, 'FROM python:3.13\nCOPY . /\nRUN pip install -r requirements.txt\nCMD ["python", "./server.py"]\n', 'smallest');
    expect(root).toMatch(/FROM gcr\.io\/distroless\/python3-debian13:nonroot\nWORKDIR \/\n/);
  });
  it('packs no executable when pip is pointed away from PyPI (fourth review)', () => {
    const { changes } = runPass(pass, ARTICLE.replace('WORKDIR /app', 'ENV PIP_NO_INDEX=1\nWORKDIR /app'), 'smallest');
    expect(changes[0].why).toMatch(/Not a PyInstaller executable on distroless: pip is pointed away from PyPI/);
  });
  it('keeps the recommended profile on -slim', () => {
    expect(rewrite(pass, APP_313)).toContain('FROM python:3.13 AS builder\n');
    expect(rewrite(pass, APP_313)).toContain('FROM python:3.13-slim\n');
  });
  it('runs as nonroot, parses, is idempotent and does not grow the estimate through the pipeline', () => {
    const r = optimize(APP_313, { profile: 'smallest' });
    // the :nonroot image already runs as uid 65532: no USER line, and the copied files stay readable
    expect(r.dockerfile).toContain('FROM gcr.io/distroless/python3-debian13:nonroot\n');
    expect(r.dockerfile).not.toContain('USER ');
    expect(parsesCleanly(r.dockerfile)).toBe(true);
    expect(optimize(r.dockerfile, { profile: 'smallest' }).dockerfile).toBe(r.dockerfile);
    expect(r.image!.bytes).toBeLessThanOrEqual(r.originalBytes!);
    expect(r.image!.bytes).toBeLessThan(optimize(APP_313, { profile: 'recommended' }).image!.bytes);
  });
  it('ships Python 3.13 on distroless debian13 with a trixie builder, keeping a slim builder slim', () => {
    const out = rewrite(pass, 'FROM python:3.13-slim\nRUN apt-get update && apt-get install -y gcc\nRUN pip install -r requirements.txt\nCOPY . .\nCMD python3 main.py --debug\n', 'smallest');
    expect(out).toContain('FROM python:3.13-slim-trixie AS builder\n');
    expect(out).toContain('FROM gcr.io/distroless/python3-debian13:nonroot\n');
    expect(out).toContain('COPY --from=builder /opt/venv/lib/python3.13/site-packages /usr/local/lib/python3.13/dist-packages\n');
    expect(out).toContain('CMD ["main.py", "--debug"]\n');
    expect(rewrite(pass, 'FROM python:3.13-slim-trixie\nRUN pip install flask\nCMD ["python", "app.py"]\n', 'smallest')).toContain('FROM python:3.13-slim-trixie AS builder\n');
  });
  it('does not ship Python 3.11 on python3-debian12, which distroless no longer updates', () => {
    const { text: out, changes } = runPass(pass, APP_313.replace('3.13', '3.11'), 'smallest');
    expect(out).not.toContain('python3-debian12');
    expect(out).toContain('FROM gcr.io/distroless/cc-debian13:nonroot\n');
    expect(changes[0].why).toMatch(/Not gcr\.io\/distroless\/python3: its maintained image \(python3-debian13\) has Python 3\.13 only \(distroless stopped updating its debian12 images on 2026-09-01\)/);
  });
  it('keeps -slim for Python versions distroless does not offer when no executable can be built either, and says why', () => {
    const text = APP_313.replace('3.13', '3.12').replace('CMD ["python", "app.py"]', 'CMD ["python", "-m", "app"]');
    const { text: out, changes } = runPass(pass, text, 'smallest');
    expect(out).toBe(rewrite(pass, text));
    expect(changes[0].why).toMatch(/Not gcr\.io\/distroless\/python3: its maintained image \(python3-debian13\) has Python 3\.13 only.*3\.12\. Not a PyInstaller executable on distroless: the start command is not `python <script.py>`/);
    expect(rewrite(pass, APP_313.replace('3.13', '3.13-alpine'), 'smallest')).toContain('FROM python:3.13-alpine\n');
  });
  it('starts modules with -m and translates an ENTRYPOINT instead of dropping it', () => {
    const module = rewrite(pass, APP_313.replace('CMD ["python", "app.py"]', 'CMD ["python", "-m", "uvicorn", "main:app", "--host", "0.0.0.0"]'), 'smallest');
    expect(module).toContain('CMD ["-m", "uvicorn", "main:app", "--host", "0.0.0.0"]\n');
    const entry = rewrite(pass, APP_313.replace('CMD ["python", "app.py"]', '# start\nENTRYPOINT ["python3.13", "app.py"]\nCMD ["--port", "8000"]'), 'smallest');
    expect(entry).toContain('# start\nENTRYPOINT ["/usr/bin/python3", "app.py"]\nCMD ["--port", "8000"]\n');
  });
  it('keeps -slim when the runtime needs what distroless lacks', () => {
    const slim = (text: string): void => {
      const { text: out, changes } = runPass(pass, text, 'smallest');
      expect(out).toContain('FROM python:3.13-slim\n');
      expect(changes[0].why).toMatch(/Not gcr\.io\/distroless\/python3/);
    };
    slim(APP_313.replace('CMD ["python", "app.py"]', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]')); // console script
    slim(APP_313.replace('COPY . .', 'COPY . .\nRUN python manage.py collectstatic --noinput')); // a RUN left in the runtime
    slim(APP_313.replace('WORKDIR /app', 'RUN apt-get update && apt-get install -y libpq-dev')); // runtime apt packages
    slim(APP_313.replace('EXPOSE 8000', 'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1'));
    slim(APP_313.replace('CMD ["python", "app.py"]', 'CMD ["python", "-c", "import app"]'));
    slim(APP_313.replace('-r requirements.txt', '-e .'));
    slim(APP_313.replace('COPY . .', 'COPY --chown=www-data:www-data . .'));
    expect(rewrite(pass, APP_313.replace('COPY . .', 'COPY --chown=65532:65532 . .'), 'smallest')).toContain('FROM gcr.io/distroless/python3-debian13:nonroot\n');
    // the user's own PYTHONPATH (their sources) stays as written: the packages are found in the site directory
    const own = rewrite(pass, APP_313.replace('EXPOSE 8000', 'ENV PYTHONPATH=/app/src'), 'smallest');
    expect(own).toContain('COPY --from=builder /opt/venv/lib/python3.13/site-packages /usr/local/lib/python3.13/dist-packages\nCOPY . .\nENV PYTHONPATH=/app/src\n');
  });
});

describe('multi-stage-python as one PyInstaller executable (smallest profile)', () => {
  it('packs the article example into one executable on distroless cc, not scratch', () => {
    const out = rewrite(pass, ARTICLE, 'smallest');
    expect(out).toBe(
      'FROM python:3.9 AS builder\n' + VENV_BUILDER +
        'RUN pip install pyinstaller~=6.0\nCOPY . .\nRUN pyinstaller --onefile --name main --distpath /opt/bundle main.py\n\n' +
        'FROM gcr.io/distroless/cc-debian13:nonroot\nWORKDIR /app\nCOPY --from=builder /opt/bundle/main /usr/local/bin/main\nCOPY . .\nCMD ["/usr/local/bin/main"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
    const why = runPass(pass, ARTICLE, 'smallest').changes[0].why;
    expect(why).toMatch(/not scratch: the executable is linked against the builder's glibc and unpacks itself into \/tmp/);
    expect(why).toMatch(/--hidden-import.*--add-data/);
    expect(why).toMatch(/Not gcr\.io\/distroless\/python3: its maintained image \(python3-debian13\) has Python 3\.13 only/);
  });
  it('keeps the arguments, an ENTRYPOINT, the WORKDIR after the install and a bookworm builder\'s release', () => {
    const text = 'FROM python:3.12-bookworm\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt\nWORKDIR /srv\nCOPY src/ src/\nENTRYPOINT ["python3", "src/serve.py", "--port", "80"]\nCMD ["--debug"]\n';
    const out = rewrite(pass, text, 'smallest');
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('RUN pip install pyinstaller~=6.0\nWORKDIR /srv\nCOPY src/ src/\nRUN pyinstaller --onefile --name serve --distpath /opt/bundle src/serve.py');
    expect(runtime).toBe('FROM gcr.io/distroless/cc-debian13:nonroot\nWORKDIR /srv\nCOPY --from=builder /opt/bundle/serve /usr/local/bin/serve\nCOPY src/ src/\nENTRYPOINT ["/usr/local/bin/serve", "--port", "80"]\nCMD ["--debug"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('installs binutils (objdump, objcopy) for PyInstaller on a -slim builder that lacks them', () => {
    const slim = rewrite(pass, ARTICLE.replace('python:3.9', 'python:3.10-slim'), 'smallest');
    expect(slim).toContain('RUN apt-get update \\\n    && apt-get install -y --no-install-recommends binutils \\\n    && rm -rf /var/lib/apt/lists/* \\\n    && pip install pyinstaller~=6.0\n');
    const withGcc = rewrite(pass, ARTICLE.replace('python:3.9', 'python:3.10-slim').replace('WORKDIR /app', 'WORKDIR /app\nRUN apt-get update && apt-get install -y gcc'), 'smallest');
    expect(withGcc).not.toContain('binutils');
    expect(rewrite(pass, ARTICLE, 'smallest')).not.toContain('binutils');
  });
  it('pins the last PyInstaller line that supports the Python version, and gives up before 3.7', () => {
    const py37 = rewrite(pass, 'FROM python:3.7-buster\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n', 'smallest');
    expect(py37).toContain('pip install pyinstaller~=5.13');
    expect(py37).toContain('FROM gcr.io/distroless/cc-debian13:nonroot');
    const py36 = rewrite(pass, 'FROM python:3.6\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n', 'smallest');
    expect(py36).not.toContain('pyinstaller');
  });
  it('keeps the comments after the last instruction (a commented-out start command) after the new stages', () => {
    const out = rewrite(pass, ARTICLE.replace('CMD ["python", "main.py"]\n', 'CMD ["python", "main.py"]\n# CMD python main.py\n'));
    expect(out).toMatch(/CMD \["python", "main\.py"\]\n# CMD python main\.py\n$/);
  });
  it('keeps -slim in the smallest profile when the program needs root (a development server on a bind mount)', () => {
    const r = runPass(pass, 'FROM python:3.13\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n', 'smallest');
    expect(r.text).toContain('FROM python:3.13-slim\n');
    expect(r.changes[0].why).toMatch(/Not gcr\.io\/distroless\/python3: it runs as the nonroot user, and a development server runs the bind-mounted source/);
  });
  it('names the builder by the minor version when it adds a suite to a patch tag (3.13.2-slim-trixie may not exist)', () => {
    const out = rewrite(pass, ARTICLE.replace('python:3.9', 'python:3.13.2-slim'), 'smallest');
    expect(out).toMatch(/^FROM python:3\.13-slim-trixie AS builder$/m);
    expect(rewrite(pass, ARTICLE.replace('python:3.9', 'python:3.13.9-slim-trixie'), 'smallest')).toMatch(/^FROM python:3\.13\.9-slim-trixie AS builder$/m);
  });
  it('takes a script by its absolute path', () => {
    const out = rewrite(pass, ARTICLE.replace('CMD ["python", "main.py"]', 'CMD ["python3", "/app/src/run.py", "-v"]'), 'smallest');
    expect(out).toContain('pyinstaller --onefile --name run --distpath /opt/bundle /app/src/run.py\n');
    expect(out).toContain('CMD ["/usr/local/bin/run", "-v"]\n');
  });
  it('keeps -slim where an executable would not surely start', () => {
    const slim = (text: string, reason: RegExp): void => {
      const { text: out, changes } = runPass(pass, text, 'smallest');
      expect(out).toContain('FROM python:3.9-slim\n');
      expect(changes[0].why).toMatch(reason);
    };
    slim(ARTICLE.replace('CMD ["python", "main.py"]', 'CMD ["gunicorn", "main:app"]'), /Not a PyInstaller executable on distroless: the start command/);
    slim(ARTICLE.replace('CMD ["python", "main.py"]', 'ENTRYPOINT ["python"]\nCMD ["main.py"]'), /the script is named in CMD/);
    slim(ARTICLE.replace('COPY . .', 'COPY . .\nRUN python manage.py collectstatic'), /no shell to run it/);
    slim(ARTICLE.replace('WORKDIR /app', 'ENV PYTHONPATH=/app/src\nWORKDIR /app'), /PYTHONPATH/);
    slim(ARTICLE.replace('COPY . .', 'COPY --chown=app:app . .'), /--chown names a user/);
    // (runserver would be left as a development server first)
    slim(ARTICLE.replace('CMD ["python", "main.py"]', 'CMD ["python", "manage.py", "qcluster"]'), /Django loads its apps/);
  });
  it('goes through the pipeline: smaller than -slim, idempotent, no new findings a safe pass claims', () => {
    // with Python 3.9 kept: distroless python3 has 3.13 only
    const r = optimize(ARTICLE, { profile: 'smallest', disabled: ['supported-python-line'] });
    expect(r.dockerfile).toContain('RUN pip install --no-cache-dir pyinstaller~=6.0');
    expect(r.dockerfile).not.toMatch(/^USER /m);
    expect(optimize(r.dockerfile, { profile: 'smallest', disabled: ['supported-python-line'] }).dockerfile).toBe(r.dockerfile);
    expect(r.image!.bytes).toBeLessThan(optimize(ARTICLE, { profile: 'recommended', disabled: ['supported-python-line'] }).image!.bytes / 1.5);
  });
  it('leaves a start that names the image\'s own interpreter, and pip --target= written with an equals sign (third review)', () => {
    expect(runPass(pass, 'FROM python:3.11\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["/usr/local/bin/python", "app.py"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.11\nWORKDIR /app\nRUN pip install --target=/app/deps flask\nCOPY . .\nCMD ["python", "app.py"]\n').changes).toHaveLength(0);
  });
  it('splits an image that compose starts (no CMD), but not a development environment (workspace, SHELL, editors, git)', () => {
    const compose = 'FROM python:3.12\nWORKDIR /code\nCOPY ./requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY ./src ./src\n';
    expect(runPass(pass, compose).changes).toHaveLength(1);
    expect(runPass(pass, compose.replace('/code', '/workspace')).changes).toHaveLength(0);
    expect(runPass(pass, compose.replace('WORKDIR /code\n', 'RUN apt-get update && apt-get install -y git vim\nWORKDIR /code\n')).changes).toHaveLength(0);
  });
});
