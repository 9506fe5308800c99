import { parseDockerfile } from '../../model/parse';
import { describe, it, expect } from 'vitest';
import { pass } from './non-root-user';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('non-root-user', () => {
  it('creates a user on Debian images and switches to it before the start command', () => {
    const out = rewrite(pass, 'FROM python:3.12-slim\nCOPY x.py /app/\nEXPOSE 80\nCMD ["python", "/app/x.py"]\n');
    expect(out).toBe('FROM python:3.12-slim\nCOPY x.py /app/\nRUN useradd --create-home --uid 10001 app\nUSER app\nEXPOSE 80\nCMD ["python", "/app/x.py"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('gives the application directory to the user', () => {
    const out = rewrite(pass, 'FROM ruby:3.3-slim\nWORKDIR /app\n# code\nCOPY . .\nRUN bundle exec rake assets:precompile\nCMD ["rails", "s"]\n');
    // COPY --chown leaves the directory WORKDIR made as root's (moby/buildkit#2414): it is given away too
    expect(out).toBe('FROM ruby:3.3-slim\nWORKDIR /app\nRUN useradd --create-home --uid 10001 app\n# code\nCOPY --chown=app:app . .\nRUN bundle exec rake assets:precompile\nRUN chown app:app /app && mkdir -p db log storage tmp && chown -R app:app db log storage tmp\nUSER app\nCMD ["rails", "s"]\n');
    expect(parsesCleanly(out)).toBe(true);
    expect(rewrite(pass, 'FROM node:22-slim\nWORKDIR /a\nCOPY . .\nCMD ["node", "a.js"]\n')).toBe('FROM node:22-slim\nWORKDIR /a\nCOPY --chown=node:node . .\nRUN chown node:node /a\nUSER node\nCMD ["node", "a.js"]\n');
  });
  it('gives the user everything copied into its directory, the directories the file makes and its volumes', () => {
    const out = rewrite(pass, 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nRUN mkdir -p uploads /data/db\nVOLUME /srv/files\nCMD ["python", "app.py"]\n');
    expect(out).toBe('FROM python:3.12-slim\nWORKDIR /app\nRUN useradd --create-home --uid 10001 app\nCOPY --chown=app:app requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY --chown=app:app . .\nRUN mkdir -p uploads /data/db\n' +
      'RUN mkdir -p /srv/files && chown app:app /app /app/uploads /data/db /srv/files\nUSER app\nVOLUME /srv/files\nCMD ["python", "app.py"]\n');
    expect(parsesCleanly(out)).toBe(true);
    // build output copied from another stage (a Next.js .next with its cache) becomes the user's; binaries outside stay root's
    const next = rewrite(pass, 'FROM node:20-alpine\nWORKDIR /app\nCOPY --from=build /app/.next ./.next\nCOPY start.sh /usr/local/bin/\nCMD ["npm", "start"]\n');
    expect(next).toContain('COPY --chown=node:node --from=build /app/.next ./.next\nCOPY start.sh /usr/local/bin/\nRUN chown node:node /app\nUSER node\n');
  });
  it("leaves images whose program needs root's files or starts through its build tool", () => {
    for (const text of [
      'FROM python:3.12\nRUN pip install nltk && python -c "import nltk; nltk.download(\'punkt\')"\nCMD ["python", "a.py"]\n',
      'FROM python:3.12\nRUN curl -LsSf https://astral.sh/uv/install.sh | sh\nENV PATH="/root/.local/bin:$PATH"\nCMD ["python", "a.py"]\n',
      'FROM python:3.12\nRUN pip install --user -r requirements.txt\nCMD ["python", "a.py"]\n',
      'FROM python:3.12\nRUN playwright install chromium\nCMD ["python", "a.py"]\n',
      'FROM rust:1.80\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nCMD ["cargo", "run", "--release"]\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y debootstrap\nCMD ["./prepareroot"]\n',
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n',
      'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["npm", "run", "dev"]\n',
      'FROM python:3.12\nCMD uvicorn app.main:app --host 0.0.0.0 --reload\n',
      // found in a review of unseen files: postgres built from source with su-exec, an init script, a daemon in /usr/sbin
      'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nCOPY docker-entrypoint.sh /\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["postgres"]\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y postgresql\nWORKDIR /opt/app\nCOPY . .\nCMD /etc/init.d/postgresql start && sleep 15 && ./app\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y opensmtpd\nENTRYPOINT ["/usr/sbin/smtpd", "-d"]\n',
      'FROM ubuntu:22.04\nCOPY bitzenyd .\nVOLUME /root/.bitzeny\nENTRYPOINT ["./bitzenyd"]\n',
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install pipenv && pipenv install\nENTRYPOINT ["pipenv", "run", "python", "manage.py"]\n',
      'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCMD ["rails", "server", "-b", "0.0.0.0"]\n',
    ]) expect(runPass(pass, text).changes, text).toHaveLength(0);
    // pipenv with its virtualenv in the project is fine; so is an app under /usr/src, which becomes the user's
    expect(runPass(pass, 'FROM python:3.12\nENV PIPENV_VENV_IN_PROJECT=1\nWORKDIR /app\nCOPY . .\nRUN pip install pipenv && pipenv install\nCMD ["pipenv", "run", "python", "a.py"]\n').changes).toHaveLength(1);
    expect(rewrite(pass, 'FROM python:3.12\nWORKDIR /usr/src/app\nCOPY . .\nCMD ["python", "a.py"]\n')).toContain('RUN chown app:app /usr/src/app\nUSER app\n');
    // a directory made and removed again is not chowned; Rails gets its writable directories
    expect(rewrite(pass, 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN mkdir /build && cd /build && make && rm -rf /build\nCMD ["./app"]\n')).toContain('RUN chown app:app /app\nUSER app\n');
    expect(rewrite(pass, 'FROM ruby:3.3-slim\nWORKDIR /rails\nCOPY . .\nRUN bundle exec rails assets:precompile\nCMD ["./bin/rails", "server"]\n')).toContain('RUN chown app:app /rails && mkdir -p db log storage tmp && chown -R app:app db log storage tmp\nUSER app\n');
    // a last line continued into the end of the file would swallow the USER line (found by mutation)
    expect(runPass(pass, 'FROM node:20-alpine\nWORKDIR /app\nCMD ["node", "a.js"]\nCOPY ./x ./ \\\n').changes).toHaveLength(0);
    // a clean-up of root's caches is no reason to stay root
    expect(runPass(pass, 'FROM python:3.12\nRUN pip install -r r.txt && rm -rf /root/.cache\nCMD ["python", "a.py"]\n').changes).toHaveLength(1);
    expect(runPass(pass, 'FROM python:3.12\nRUN mkdir -p /root/.config && cp conf /root/.config/\nCMD ["python", "a.py"]\n').changes).toHaveLength(0);
    // with the model cache moved out of /root the user is fine
    expect(runPass(pass, 'FROM python:3.12\nENV HF_HOME=/models\nRUN python -c "from sentence_transformers import SentenceTransformer; SentenceTransformer(\'x\')"\nCMD ["python", "a.py"]\n').changes).toHaveLength(1);
  });
  it('uses what the base provides', () => {
    expect(rewrite(pass, 'FROM node:20-slim\nCMD ["node", "a.js"]')).toBe('FROM node:20-slim\nUSER node\nCMD ["node", "a.js"]');
    expect(rewrite(pass, 'FROM alpine:3.22\nCMD ["a"]\n')).toContain('RUN adduser -D -u 10001 app\nUSER app\n');
    expect(rewrite(pass, 'FROM gcr.io/distroless/static-debian12\nCOPY a /a\nCMD ["/a"]\n')).toContain('USER nonroot\n');
    expect(rewrite(pass, 'FROM scratch\nCOPY a /a\nCMD ["/a"]\n')).toContain('USER 65534:65534\n');
  });
  it('gives a :nonroot distroless image the files copied into the program\'s directory (review of the Python split: SQLite in /app/data failed)', () => {
    const text = 'FROM gcr.io/distroless/python3-debian13:nonroot\nWORKDIR /app\nCOPY --from=builder /opt/venv/lib/python3.13/site-packages /usr/local/lib/python3.13/dist-packages\nCOPY . .\nCMD ["app.py"]\n';
    const { text: out, changes } = runPass(pass, text);
    expect(out).toBe(text.replace('COPY . .', 'COPY --chown=nonroot:nonroot . .'));
    expect(changes[0].title).toBe('Give the nonroot user the files copied into /app');
    expect(changes[0].why).toMatch(/uid 65532.*Permission denied/);
    // nothing copied into a program directory: nothing to give
    expect(runPass(pass, 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]\n').changes).toHaveLength(0);
  });
  it('leaves GitHub Docker actions, known by action.yml beside them or by the template comment (review of corpus 7)', () => {
    const action = 'FROM alpine:3.20\nRUN apk add --no-cache bash git\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
    expect(runPass(pass, action).changes).toHaveLength(1);
    expect(runPass(pass, '# Container image that runs your code\n' + action).changes).toHaveLength(0);
    const context = { files: { 'action.yml': 300, 'entrypoint.sh': 200 }, texts: {}, partial: false, id: 'action' };
    expect(pass.apply({ model: parseDockerfile(action), text: action, options: { profile: 'recommended', context } }).changes).toHaveLength(0);
  });
  it('sees a bind-mounted source through a builder that copied only the manifests (review of corpus 7)', () => {
    const split = 'FROM python:3.8 AS builder\nWORKDIR /django\nCOPY requirements.txt requirements.txt\nRUN pip install -r requirements.txt\n\nFROM python:3.8-slim\nWORKDIR /django\nCOPY --from=builder /usr/local /usr/local\nCMD ["gunicorn", "core.wsgi"]\n';
    expect(runPass(pass, split).changes).toHaveLength(0);
    expect(runPass(pass, split.replace('CMD [', 'COPY . .\nCMD [')).changes).toHaveLength(1);
  });
  it('leaves an image whose build downloads Puppeteer\'s browser into root\'s cache (third review, N7)', () => {
    const text = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install\nRUN npx puppeteer browsers install chrome --install-deps\nCMD ["node", "index.js"]\n';
    expect(runPass(pass, text).changes).toHaveLength(0);
    expect(runPass(pass, text.replace('WORKDIR /app', 'ENV PUPPETEER_CACHE_DIR=/app/.cache\nWORKDIR /app')).changes).toHaveLength(1);
  });
  it('leaves images that start as root on purpose or already chose a user', () => {
    expect(runPass(pass, 'FROM nginx:1.27\nCMD ["nginx"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nUSER root\nCMD ["a"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nCMD gosu app run\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM myorg/base:1\nCMD ["a"]\n').changes).toHaveLength(0);
  });
  it('leaves images that install a system service, which usually starts as root from a script', () => {
    expect(runPass(pass, 'FROM alpine:3.20\nRUN apk add --no-cache samba tini\nCOPY samba.sh /\nENTRYPOINT ["/sbin/tini", "--", "/samba.sh"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y bind9\nCMD ["named", "-g"]\n').changes).toHaveLength(0);
    // a client tool is not a service
    expect(runPass(pass, 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\nCMD ["./app"]\n').changes).toHaveLength(1);
  });

  it('leaves programs that live in /root, installers into root\'s home, shells to work in, system working directories, unpacked apps and data kept in /', () => {
    const none = (text: string) => expect(runPass(pass, text).changes, text).toHaveLength(0);
    none('FROM ubuntu:22.04\nWORKDIR /root\nCOPY chain33 chain33\nCMD ["/root/chain33", "-f", "/root/chain33.toml"]\n');
    none('FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\nRUN curl -Ls https://sh.jbang.dev | bash -s - app setup\nWORKDIR /ws\nCMD ["jbang", "run", "app.java"]\n');
    none('FROM elixir:1.15\nCOPY . /app\nWORKDIR /app\nRUN mix local.hex --force && mix local.rebar --force\nRUN mix do compile\nENTRYPOINT ["/app/entrypoint.sh"]\n');
    none('FROM haskell:9\nWORKDIR /app\nCOPY . /app\nRUN cabal update && cabal install --only-dependencies && cabal build\nCMD ["cabal", "run"]\n');
    none('FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen\nCMD ["uv", "run", "pytest"]\n');
    none('FROM python:3.12-slim\nRUN pip install poetry\nWORKDIR /work\nCMD ["bash", "-lc", "sleep infinity"]\n');
    none('FROM ruby:3.3\nWORKDIR /lib\nCOPY a.proto /lib/a.proto\nCMD ["bash", "-c", "mkdir -p out && protoc --ruby_out=out a.proto"]\n');
    none('FROM alpine:3.21\nWORKDIR /opt/traccar\nRUN apk add --no-cache openjdk17-jre-headless wget; wget -qO /tmp/t.zip https://example.org/t.zip; unzip -qo /tmp/t.zip -d /opt/traccar\nCMD ["java", "-jar", "tracker-server.jar"]\n');
    none('FROM debian:bookworm-slim\nCOPY node.toml node.toml\nCOPY node /usr/local/bin/node\nCMD ["node", "start", "--config", "node.toml"]\n');
  });
  it('still runs a vendor repository set-up, a jar in / and a pipenv run as the user', () => {
    expect(runPass(pass, 'FROM node:20-slim\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n').changes).toHaveLength(1);
    expect(runPass(pass, 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar app.jar\nCMD ["java", "-jar", "app.jar"]\n').changes).toHaveLength(1);
  });
  it('leaves network tools, Docker-in-Docker, dart pub into root\'s cache and base images with ONBUILD steps', () => {
    const none = (text: string) => expect(runPass(pass, text).changes, text).toHaveLength(0);
    none('FROM debian:bookworm\nRUN apt-get update && apt-get install -y iptables iproute2\nCOPY vpn /usr/local/bin/vpn\nCMD ["vpn", "server"]\n');
    none('FROM golang:1.22\nWORKDIR /go/src/github.com/docker/docker\nCOPY . .\nENTRYPOINT ["hack/dind"]\n');
    none('FROM dart:stable\nWORKDIR /app\nCOPY pubspec.* ./\nRUN dart pub get\nCOPY . .\nCMD ["dart", "run", "bin/server.dart"]\n');
    none('FROM debian:bookworm\nRUN apt-get update && apt-get install -y hugo\nWORKDIR /src\nONBUILD COPY . /src\nONBUILD RUN hugo -d /usr/share/nginx/html/\n');
  });
  it('leaves nltk data, root-only keys, a crontab and a data directory named by ENV (third review)', () => {
    const none = (text: string) => expect(runPass(pass, text).changes, text).toHaveLength(0);
    none('FROM python:3.11-slim\nWORKDIR /app\nRUN pip install nltk && python -m nltk.downloader punkt\nCOPY . .\nCMD ["python", "app.py"]\n');
    none('FROM debian:bookworm-slim\nWORKDIR /app\nCOPY cert /cert\nRUN chmod 600 /cert/key.pem\nCMD ["./server"]\n');
    none('FROM python:3.12-alpine\nWORKDIR /srv\nCOPY . .\nRUN echo "0 4 * * * python /srv/task.py" > /var/spool/cron/crontabs/root\nCMD ["/srv/start.sh"]\n');
    none('FROM node:20-slim\nWORKDIR /app\nENV DATA_DIR=/data\nCOPY . .\nCMD ["node", "server.js"]\n');
  });
  it('leaves a stage that inherits its working directory, scratch with volumes, and Java images without useradd (fourth review)', () => {
    const none = (text: string) => expect(runPass(pass, text).changes, text).toHaveLength(0);
    none('FROM ruby:3.3 AS base\nWORKDIR /app\nFROM base\nRUN mkdir -p log public/uploads\nCOPY . .\nCMD ["rails", "s"]\n');
    none('FROM scratch\nCOPY app /app\nVOLUME /data\nENTRYPOINT ["/app"]\n');
    none('FROM amazoncorretto:17\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n');
    none('FROM eclipse-temurin:21-jre-ubi9-minimal\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n');
    none('FROM maven:3.8.5-openjdk-17\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n');
    expect(runPass(pass, 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n').changes).toHaveLength(1);
  });
  it('leaves GitHub Docker actions and images that use the Docker socket', () => {
    expect(runPass(pass, 'FROM alpine:3.20\nLABEL com.github.actions.name="coverage"\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM alpine:3.20\nENV DOCKER_HOST=unix:///var/run/docker.sock\nCOPY agent /agent\nCMD ["/agent"]\n').changes).toHaveLength(0);
  });
});
