import { describe, it, expect } from 'vitest';
import { rule } from './pyinstaller-binary-without-libc';
import { linesOf } from '../testing';

const ARTICLE = `FROM python:3.9-slim AS builder
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends build-essential gcc && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python compile_model.py
RUN pip install pyinstaller && pyinstaller --onefile inference.py

FROM scratch
WORKDIR /app
COPY --from=builder /app/dist/inference /app/inference
COPY --from=builder /app/model /app/model
ENTRYPOINT ["/app/inference"]`;

describe('pyinstaller-binary-without-libc', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([8]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags the source article multi-stage example on the executable copy only', () => {
    expect(linesOf(rule, ARTICLE)).toEqual([12]);
  });
  it('recognises --name, python -m PyInstaller, numeric --from and static distroless', () => {
    expect(linesOf(rule, 'FROM python:3.12 AS b\nRUN python -m PyInstaller -F --name srv main.py\nFROM gcr.io/distroless/static-debian12\nCOPY --from=0 /src/srv /srv')).toEqual([4]);
  });
  it('accepts glibc images, staticx on distroless static, and copies from stages without PyInstaller', () => {
    expect(linesOf(rule, ARTICLE.replace('FROM scratch', 'FROM gcr.io/distroless/cc-debian12'))).toEqual([]);
    expect(linesOf(rule, 'FROM python:3.12 AS b\nRUN pyinstaller -F app.py && staticx dist/app dist/app-static\nFROM gcr.io/distroless/static-debian12\nCOPY --from=b /dist/app-static /app')).toEqual([]);
    expect(linesOf(rule, 'FROM golang AS b\nRUN go build -o /dist/app\nFROM scratch\nCOPY --from=b /dist/app /app')).toEqual([]);
  });
  it('on scratch, staticx still needs a /tmp', () => {
    expect(linesOf(rule, 'FROM python:3.12 AS b\nRUN pyinstaller -F app.py && staticx dist/app dist/app-static\nFROM scratch\nCOPY --from=b /dist/app-static /app')).toEqual([4]);
  });
});
