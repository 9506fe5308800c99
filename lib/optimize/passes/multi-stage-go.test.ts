import { describe, it, expect } from 'vitest';
import { pass } from './multi-stage-go';
import { rewrite, runPass, parsesCleanly } from '../testing';

const GO = 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build -o main .\nEXPOSE 8080\nCMD ["./main"]\n';

describe('multi-stage-go', () => {
  it('ships a static binary on distroless static (nonroot)', () => {
    const out = rewrite(pass, GO);
    expect(out).toBe(
      'FROM golang:1.22 AS build\nWORKDIR /app\nCOPY . .\nRUN CGO_ENABLED=0 go build -o main .\n\n' +
        'FROM gcr.io/distroless/static-debian12:nonroot\nWORKDIR /app\nCOPY --from=build /app/main /app/main\nEXPOSE 8080\nCMD ["./main"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('takes package installs that first set shell options (set -ex; apk add git)', () => {
    const out = rewrite(pass, GO.replace('WORKDIR /app\n', 'RUN set -ex; apk update; apk add --no-cache git\nWORKDIR /app\n').replace('golang:1.22', 'golang:1.22-alpine'));
    expect(out).toContain('FROM gcr.io/distroless/static-debian12:nonroot\n');
  });
  it('uses scratch with CA certificates and an unprivileged uid for the smallest profile', () => {
    const out = rewrite(pass, GO, 'smallest');
    expect(out).toContain('FROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n');
    expect(out).toContain('COPY --from=build /app/main /app/main\nUSER 65534:65534\n');
  });
  it('leaves cgo builds, shell-form starts, go run and unknown binaries', () => {
    expect(runPass(pass, 'FROM golang:1.22\nRUN apt-get install -y gcc\nRUN go build -o /a .\nCMD ["/a"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nRUN go build -o /a .\nCMD /a --x $Y\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nCMD ["go", "run", "."]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nRUN go build .\nCMD ["./app"]\n').changes).toHaveLength(0);
  });
});
