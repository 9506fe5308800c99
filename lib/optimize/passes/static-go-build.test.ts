import { describe, expect, it } from 'vitest';
import { pass } from './static-go-build';
import { parsesCleanly, rewrite, runPass } from '../testing';
import { analyze } from '../../analyze';
import { optimize } from '../optimize';

const GO_CGO = 'FROM golang:1.25-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';

/** A real file's shape: the build runs through `sh -c`, the runtime is distroless static. */
const SH_C = `# syntax=docker/dockerfile:1
FROM golang:1.22-bookworm AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    sh -c 'go build -ldflags="-s -w" -o /app/server .'

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app/server /app/server
CMD ["/app/server"]
`;

const cgoFindings = (text: string) => analyze(text, { skipOptimize: true }).diagnostics.filter((d) => d.rule === 'cgo-binary-without-libc');

describe('static-go-build', () => {
  it('turns cgo off for the build when nothing asks for it, so the binary runs on scratch', () => {
    const { text, changes } = runPass(pass, GO_CGO);
    expect(text).toBe(GO_CGO.replace('RUN go build', 'RUN CGO_ENABLED=0 go build'));
    expect(changes).toHaveLength(1);
    expect(changes[0].why).toContain('no such file or directory');
    expect(cgoFindings(GO_CGO)).toHaveLength(1);
    expect(cgoFindings(text)).toHaveLength(0);
    expect(runPass(pass, text).changes).toHaveLength(0);
  });

  it('sets CGO_ENABLED in an ENV line above a build that runs through sh -c', () => {
    const out = rewrite(pass, SH_C);
    expect(out).toContain('COPY . .\nENV CGO_ENABLED=0\nRUN --mount=type=cache');
    expect(parsesCleanly(out)).toBe(true);
    expect(cgoFindings(out)).toHaveLength(0);
  });

  it('writes the keyword in the file\'s casing', () => {
    const lower = SH_C.replace(/^(FROM|WORKDIR|COPY|RUN|CMD)\b/gm, (k) => k.toLowerCase());
    expect(rewrite(pass, lower)).toContain('\nenv CGO_ENABLED=0\n');
  });

  it('leaves builds that need cgo to the runtime-with-libc repair', () => {
    const needs = [
      GO_CGO.replace('COPY . .', 'RUN apt-get update && apt-get install -y libsqlite3-dev\nCOPY . .'),
      GO_CGO.replace('go build -o', 'go build -race -o'),
      GO_CGO.replace('WORKDIR /src', 'WORKDIR /src\nENV CGO_ENABLED=1'),
      GO_CGO.replace('go build', 'CC=clang go build'),
      GO_CGO.replace('go build -o /app .', "go build -ldflags '-linkmode external' -o /app ."),
    ];
    for (const text of needs) {
      expect(runPass(pass, text).changes).toHaveLength(0);
      const o = optimize(text, { profile: 'safe' });
      expect(o.changes.map((c) => c.pass)).toContain('runtime-with-libc');
    }
  });

  it('keeps the estimated image from growing where the libc repair would add a C library', () => {
    for (const text of [GO_CGO, SH_C]) {
      const o = optimize(text, { profile: 'recommended' });
      expect(o.changes.map((c) => c.pass)).toContain('static-go-build');
      expect(o.changes.map((c) => c.pass)).not.toContain('runtime-with-libc');
      expect(o.image!.bytes).toBeLessThanOrEqual(o.originalBytes!);
      expect(optimize(o.dockerfile, { profile: 'recommended' }).dockerfile).toBe(o.dockerfile);
    }
  });

  it('falls back to the libc runtime when its change is switched off', () => {
    const o = optimize(GO_CGO, { profile: 'recommended', disabled: ['static-go-build'] });
    expect(o.dockerfile).toContain('FROM gcr.io/distroless/base-debian13:nonroot');
  });
});
