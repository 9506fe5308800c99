import { describe, it, expect } from 'vitest';
import { pass } from './multi-stage-go';
import { rewrite, runPass, parsesCleanly } from '../testing';

const GO = 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build -o main .\nEXPOSE 8080\nCMD ["./main"]\n';

describe('multi-stage-go', () => {
  it('ships the binary as built on distroless base (nonroot): Debian golang images build with cgo', () => {
    const out = rewrite(pass, GO);
    expect(out).toBe(
      'FROM golang:1.22 AS build\nWORKDIR /app\nCOPY . .\nRUN go build -o main .\n\n' +
        'FROM gcr.io/distroless/base-debian13:nonroot\nWORKDIR /app\nCOPY --from=build /app/main /app/main\nEXPOSE 8080\nCMD ["./main"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('builds a static binary for distroless static on Alpine golang images, which have no C compiler', () => {
    const out = rewrite(pass, GO.replace('golang:1.22', 'golang:1.22-alpine'));
    expect(out).toContain('RUN CGO_ENABLED=0 go build -o main .\n\nFROM gcr.io/distroless/static-debian12:nonroot\n');
  });
  it('copies the configuration the program reads (.env, config files) into the runtime', () => {
    const out = rewrite(pass, 'FROM golang:1.23-alpine\nWORKDIR /backend\nCOPY go.* ./\nRUN go mod download\nCOPY . .\nCOPY .env .env\nCOPY config.yaml templates/ ./\nRUN go build -o backend ./cmd/main.go\nCMD ["./backend"]\n');
    // repeated from the build context as written, so a directory's contents land where they did
    expect(out).toContain('FROM gcr.io/distroless/static-debian12:nonroot\nWORKDIR /backend\nCOPY .env .env\nCOPY config.yaml templates/ ./\nCOPY --from=build /backend/backend /backend/backend\n');
    expect(out.split('\n\n')[1]).not.toContain('go.');
    const dirs = rewrite(pass, 'FROM golang:1.23-alpine\nWORKDIR /app\nCOPY . .\nCOPY configs/ ./configs/\nRUN go build -o server .\nCMD ["./server"]\n');
    expect(dirs).toContain('COPY configs/ ./configs/\nCOPY --from=build /app/server /app/server\n');
  });
  it('takes package installs that first set shell options (set -ex; apk add git)', () => {
    const out = rewrite(pass, GO.replace('WORKDIR /app\n', 'RUN set -ex; apk update; apk add --no-cache git\nWORKDIR /app\n').replace('golang:1.22', 'golang:1.22-alpine'));
    expect(out).toContain('FROM gcr.io/distroless/static-debian12:nonroot\n');
  });
  it('builds static for the smallest profile, on distroless static rather than scratch (time zones, /tmp)', () => {
    const out = rewrite(pass, GO, 'smallest');
    expect(out).toContain('RUN CGO_ENABLED=0 go build -o main .\n\nFROM gcr.io/distroless/static-debian12:nonroot\n');
    expect(out).not.toContain('scratch');
  });
  it('takes a RUN mkdir before the build (the runtime stage has the directory through its WORKDIR)', () => {
    const out = rewrite(pass, 'FROM golang\nRUN mkdir /app\nADD . /app\nWORKDIR /app\nRUN CGO_ENABLED=0 GOOS=linux go build -o main .\nCMD ["/app/main"]\n');
    // the build's own CGO_ENABLED=0 makes a static binary: distroless static takes it
    expect(out).toContain('FROM gcr.io/distroless/static-debian12:nonroot\nWORKDIR /app\nCOPY --from=build /app/main /app/main\nCMD ["/app/main"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('leaves cgo builds, shell-form starts, go run and unknown binaries', () => {
    expect(runPass(pass, 'FROM golang:1.22\nRUN apt-get install -y gcc\nRUN go build -o /a .\nCMD ["/a"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nRUN go build -o /a .\nCMD /a --x $Y\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nCMD ["go", "run", "."]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nRUN go build .\nCMD ["./app"]\n').changes).toHaveLength(0);
  });
});
