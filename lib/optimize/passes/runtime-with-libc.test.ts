import { describe, it, expect } from 'vitest';
import { pass } from './runtime-with-libc';
import { rewrite, runPass, parsesCleanly } from '../testing';
import { analyze } from '../../analyze';

/** The source article's multi-stage build, as published. */
const ARTICLE = `# Build stage
FROM python:3.9-slim AS builder

WORKDIR /app

RUN apt-get update && apt-get install -y --no-install-recommends \\
    build-essential gcc \\
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
RUN python compile_model.py

RUN pip install pyinstaller
RUN pyinstaller --onefile inference.py

# Production stage
FROM scratch

WORKDIR /app

COPY --from=builder /app/dist/inference /app/inference
COPY --from=builder /app/model /app/model

ENTRYPOINT ["/app/inference"]
`;

const GO_CGO = 'FROM golang:1.25-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';

/** Rule findings this pass claims to resolve, left in a text. */
function findings(text: string): string[] {
  return analyze(text, { skipOptimize: true }).diagnostics.map((d) => d.rule).filter((r) => pass.resolves.includes(r));
}

describe('runtime-with-libc', () => {
  it('runs the article\'s PyInstaller build on distroless cc instead of scratch', () => {
    const { text, changes } = runPass(pass, ARTICLE);
    // python:3.9-slim does not name its Debian release: the newer runtime runs builds of either
    expect(text).toBe(ARTICLE.replace('FROM scratch\n', 'FROM gcr.io/distroless/cc-debian13:nonroot\n'));
    expect(changes).toHaveLength(1);
    expect(changes[0].why).toContain('no such file or directory');
    expect(changes[0].why).toContain('does not name its Debian release');
    expect(parsesCleanly(text)).toBe(true);
    expect(findings(ARTICLE)).toEqual(['pyinstaller-binary-without-libc']);
    expect(findings(text)).toEqual([]);
    expect(runPass(pass, text).changes).toHaveLength(0);
  });
  it('follows a trixie builder to debian13', () => {
    const out = rewrite(pass, ARTICLE.replace('python:3.9-slim', 'python:3.13-slim-trixie'));
    expect(out).toContain('FROM gcr.io/distroless/cc-debian13:nonroot\n');
    expect(rewrite(pass, 'FROM debian:13 AS b\nRUN pyinstaller -F app.py\nFROM scratch\nCOPY --from=b /dist/app /app\n')).toContain('FROM gcr.io/distroless/cc-debian13:nonroot\n');
  });
  it('gives a cgo Go binary distroless base', () => {
    const { text, changes } = runPass(pass, GO_CGO);
    expect(text).toBe(GO_CGO.replace('FROM scratch', 'FROM gcr.io/distroless/base-debian13:nonroot'));
    expect(changes[0].why).toContain('CGO_ENABLED=0');
    expect(changes[0].why).not.toContain('does not name'); // the builder says bookworm
    expect(findings(text)).toEqual([]);
    expect(rewrite(pass, text)).toBe(text);
  });
  it('keeps --platform, the stage name and comments', () => {
    const src = GO_CGO.replace('FROM scratch', '# runtime\nFROM --platform=linux/amd64 scratch AS final');
    expect(rewrite(pass, src)).toBe(GO_CGO.replace('FROM scratch', '# runtime\nFROM --platform=linux/amd64 gcr.io/distroless/base-debian13:nonroot AS final'));
  });
  it('leaves what can already start, and staticx', () => {
    expect(runPass(pass, GO_CGO.replace('RUN go build', 'RUN CGO_ENABLED=0 go build')).changes).toHaveLength(0);
    expect(runPass(pass, ARTICLE.replace('FROM scratch', 'FROM gcr.io/distroless/cc-debian12:nonroot')).changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.12 AS b\nRUN pyinstaller -F app.py && staticx dist/app dist/app-static\nFROM scratch\nCOPY --from=b /dist/app-static /app\n').changes).toHaveLength(0);
  });
  it('replaces static distroless too, keeping a nonroot tag', () => {
    const out = rewrite(pass, 'FROM python:3.12-bookworm AS b\nRUN python -m PyInstaller -F --name srv main.py\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=0 /src/srv /srv\n');
    expect(out).toContain('FROM gcr.io/distroless/cc-debian13:nonroot\n');
    expect(findings(out)).toEqual([]);
  });
  it('leaves an Alpine (musl) builder, whose program distroless glibc cannot start, and names the -dev libraries a build may link', () => {
    expect(runPass(pass, 'FROM python:3.12-alpine AS b\nRUN pip install pyinstaller && pyinstaller --onefile main.py\nFROM scratch\nCOPY --from=b /dist/main /main\nENTRYPOINT ["/main"]\n').changes).toHaveLength(0);
    // a build against -dev libraries is still repaired, and the change says what distroless lacks
    const vips = runPass(pass, 'FROM golang:1.22 AS b\nRUN apt-get update && apt-get install -y libvips-dev\nRUN go build -o /app .\nFROM scratch\nCOPY --from=b /app /app\nENTRYPOINT ["/app"]\n').changes;
    expect(vips[0].why).toMatch(/The build installs libvips-dev: if the program links those libraries at run time/);
  });
  it('runs in every profile and says it repairs', () => {
    expect(pass.profiles).toEqual(['safe', 'recommended', 'smallest']);
    expect(pass.repairs).toBe(true);
  });
});
