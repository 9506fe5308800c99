/**
 * The lessons in the source article's order, with their example Dockerfiles and the rules each
 * one teaches. The Dockerfiles are the same in every language so the figures match.
 */
import type { LessonId } from '../types';
import type { LessonMeta } from './types';

/** The article's worked example, as written there. */
export const ARTICLE_EXAMPLE = `FROM python:3.9
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

const WHY_SIZE_AFTER = `FROM python:3.12-slim AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /install /usr/local
COPY main.py .
USER 10001
CMD ["python", "main.py"]
`;

const MULTI_STAGE_BEFORE = `FROM python:3.9
WORKDIR /app
RUN apt-get update && apt-get install -y build-essential gcc
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "inference.py"]
`;

const MULTI_STAGE_AFTER = `# Build stage: compilers and headers exist only here
FROM python:3.12-slim AS builder
WORKDIR /app
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential gcc \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

# Runtime stage: the interpreter, the installed packages and the code
FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /install /usr/local
COPY inference.py .
COPY model/ ./model/
USER 10001
CMD ["python", "inference.py"]
`;

const LAYERS_BEFORE = `FROM ubuntu:22.04
WORKDIR /app
COPY . .
RUN apt-get update
RUN apt-get install -y python3-pip python3-dev
RUN pip3 install numpy pandas
RUN apt-get clean
RUN rm -rf /var/lib/apt/lists/*
CMD ["python3", "main.py"]
`;

const LAYERS_AFTER = `FROM ubuntu:22.04
WORKDIR /app
# Changes rarely: install and clean up in the same layer
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3-pip \\
    && pip3 install --no-cache-dir numpy==2.2.6 pandas==2.3.3 \\
    && apt-get clean \\
    && rm -rf /var/lib/apt/lists/*
# Changes on every commit: copied last, so the layer above stays cached
COPY main.py .
USER 10001
CMD ["python3", "main.py"]
`;

const MINIMAL_BEFORE = `FROM python:3.13
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/
USER 10001
CMD ["python", "-m", "app"]
`;

const MINIMAL_AFTER = `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/
USER 10001
CMD ["python", "-m", "app"]
`;

const MINIMAL_ALPINE = `FROM python:3.13-alpine
WORKDIR /app
COPY requirements.txt .
# musl libc: accept only musllinux wheels, so a missing wheel fails loudly
# instead of silently compiling from source
RUN pip install --no-cache-dir --only-binary=:all: -r requirements.txt
COPY app/ ./app/
USER 10001
CMD ["python", "-m", "app"]
`;

/** The article's recipe, verbatim in substance: it builds, but the container does not start. */
const DISTROLESS_BEFORE = `FROM python:3.9-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential gcc && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python compile_model.py
RUN pip install pyinstaller
RUN pyinstaller --onefile inference.py

FROM scratch
WORKDIR /app
COPY --from=builder /app/dist/inference /app/inference
COPY --from=builder /app/model /app/model
ENTRYPOINT ["/app/inference"]
`;

const DISTROLESS_AFTER = `# Debian 13 like the runtime image, so the executable's glibc matches
FROM python:3.12-slim-trixie AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt pyinstaller==6.16.0
COPY inference.py compile_model.py ./
RUN python compile_model.py \\
    && pyinstaller --onefile inference.py

# glibc, libstdc++ and a writable /tmp: what a one-file executable needs to start
FROM gcr.io/distroless/cc-debian13:nonroot
WORKDIR /app
COPY --from=builder /app/dist/inference /app/inference
COPY --from=builder /app/model /app/model
USER 65532:65532
ENTRYPOINT ["/app/inference"]
`;

const DISTROLESS_PYTHON = `# Python 3.13 on Debian 13, the same interpreter as the runtime image
FROM python:3.13-slim-trixie AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --target=/app/deps -r requirements.txt
COPY inference.py compile_model.py ./
RUN python compile_model.py

# An interpreter, glibc and /tmp, but no shell and no package manager
FROM gcr.io/distroless/python3-debian13:nonroot
WORKDIR /app
# Debian's Python reads this site directory after its standard library
COPY --from=builder /app/deps /usr/local/lib/python3.13/dist-packages
COPY --from=builder /app/inference.py /app/inference.py
COPY --from=builder /app/model /app/model
USER 65532:65532
ENTRYPOINT ["python3", "/app/inference.py"]
`;

const SECURITY_BEFORE = `FROM python:3.8
ARG PIP_TOKEN
ENV API_KEY=sk_test_not_a_real_key
ENV PYTHONHTTPSVERIFY=0
WORKDIR /app
COPY . .
RUN curl -k https://example.com/install.sh | sh
RUN pip install --index-url https://__token__:\${PIP_TOKEN}@pypi.example.com/simple -r requirements.txt
CMD python main.py
`;

const SECURITY_AFTER = `# A supported Python line on a named Debian release
# (in production, pin the digest as well: python:3.12-slim-trixie@sha256:...)
FROM python:3.12-slim-trixie
WORKDIR /app
COPY requirements.txt .
# The private index credentials are mounted for this one RUN, never stored in a layer
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY main.py .
# An unprivileged numeric user; API keys are passed in when the container runs
USER 10001:10001
CMD ["python", "main.py"]
`;

export const LESSON_META: readonly LessonMeta[] = [
  {
    id: 'why-size',
    before: { dockerfile: ARTICLE_EXAMPLE },
    after: { dockerfile: WHY_SIZE_AFTER },
    alternatives: [],
    rules: ['full-base-image', 'pip-cache-not-disabled', 'copy-whole-context', 'apt-lists-not-deleted', 'apt-missing-no-install-recommends'],
  },
  {
    id: 'multi-stage',
    before: { dockerfile: MULTI_STAGE_BEFORE },
    after: { dockerfile: MULTI_STAGE_AFTER },
    alternatives: [],
    rules: ['build-tools-in-final-stage', 'full-base-image', 'copy-from-unknown-stage', 'copy-whole-filesystem-from-stage', 'npm-install-dev-dependencies'],
  },
  {
    id: 'layers',
    before: { dockerfile: LAYERS_BEFORE },
    after: { dockerfile: LAYERS_AFTER },
    alternatives: [],
    rules: [
      'consecutive-run-instructions',
      'cleanup-in-later-layer',
      'package-index-update-alone',
      'apt-lists-not-deleted',
      'pip-cache-not-disabled',
      'copy-all-before-dependency-install',
      'file-removed-in-later-layer',
    ],
  },
  {
    id: 'minimal-base',
    before: { dockerfile: MINIMAL_BEFORE },
    after: { dockerfile: MINIMAL_AFTER },
    alternatives: [{ dockerfile: MINIMAL_ALPINE }],
    rules: ['full-base-image', 'from-image-latest-tag', 'from-image-without-tag', 'apk-add-missing-no-cache'],
  },
  {
    id: 'distroless',
    before: { dockerfile: DISTROLESS_BEFORE },
    after: { dockerfile: DISTROLESS_AFTER },
    alternatives: [{ dockerfile: DISTROLESS_PYTHON }],
    rules: ['pyinstaller-binary-without-libc', 'no-shell-in-final-image', 'cgo-binary-without-libc'],
  },
  {
    id: 'security',
    before: { dockerfile: SECURITY_BEFORE },
    after: { dockerfile: SECURITY_AFTER },
    alternatives: [],
    rules: [
      'final-stage-without-user',
      'last-user-is-root',
      'from-image-latest-tag',
      'secret-in-arg-or-env',
      'tls-verification-disabled-command',
      'tls-verification-disabled-env',
      'curl-pipe-to-shell',
      'base-image-end-of-life',
    ],
  },
];

export const LESSON_IDS: readonly LessonId[] = LESSON_META.map((m) => m.id);
