import { describe, it, expect } from 'vitest';
import { pass } from './multi-stage-go';
import { rewrite, runPass, parsesCleanly } from '../testing';

const GO = 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build -o main .\nEXPOSE 8080\nCMD ["./main"]\n';

describe('multi-stage-go', () => {
  it('ships the binary as built on distroless base (nonroot), with the sources it starts among: Debian golang images build with cgo', () => {
    const out = rewrite(pass, GO);
    expect(out).toBe(
      'FROM golang:1.22 AS build\nWORKDIR /app\nCOPY . .\nRUN go build -o main .\n\n' +
        'FROM gcr.io/distroless/base-debian13:nonroot\nWORKDIR /app\nCOPY . .\nCOPY --from=build /app/main /app/main\nEXPOSE 8080\nCMD ["./main"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('builds a static binary for distroless static on Alpine golang images, which have no C compiler', () => {
    const out = rewrite(pass, GO.replace('golang:1.22', 'golang:1.22-alpine'));
    expect(out).toContain('RUN CGO_ENABLED=0 go build -o main .\n\nFROM gcr.io/distroless/static-debian13:nonroot\n');
  });
  it('copies the configuration the program reads (.env, config files) into the runtime', () => {
    const out = rewrite(pass, 'FROM golang:1.23-alpine\nWORKDIR /backend\nCOPY go.* ./\nRUN go mod download\nCOPY . .\nCOPY .env .env\nCOPY config.yaml templates/ ./\nRUN go build -o backend ./cmd/main.go\nCMD ["./backend"]\n');
    // repeated from the build context as written, so a directory's contents land where they did
    expect(out).toContain('FROM gcr.io/distroless/static-debian13:nonroot\nWORKDIR /backend\nCOPY . .\nCOPY .env .env\nCOPY config.yaml templates/ ./\nCOPY --from=build /backend/backend /backend/backend\n');
    expect(out.split('\n\n')[1]).not.toContain('go.');
    const dirs = rewrite(pass, 'FROM golang:1.23-alpine\nWORKDIR /app\nCOPY . .\nCOPY configs/ ./configs/\nRUN go build -o server .\nCMD ["./server"]\n');
    expect(dirs).toContain('COPY configs/ ./configs/\nCOPY --from=build /app/server /app/server\n');
  });
  it('takes package installs that first set shell options (set -ex; apk add git)', () => {
    const out = rewrite(pass, GO.replace('WORKDIR /app\n', 'RUN set -ex; apk update; apk add --no-cache git\nWORKDIR /app\n').replace('golang:1.22', 'golang:1.22-alpine'));
    expect(out).toContain('FROM gcr.io/distroless/static-debian13:nonroot\n');
  });
  it('builds static for the smallest profile, on distroless static rather than scratch (time zones, /tmp)', () => {
    const out = rewrite(pass, GO, 'smallest');
    expect(out).toContain('RUN CGO_ENABLED=0 go build -o main .\n\nFROM gcr.io/distroless/static-debian13:nonroot\n');
    expect(out).not.toContain('scratch');
    // the binary alone: the change says the program's relative files are not copied
    expect(out.split('\n\n')[1]).not.toContain('COPY . .');
    expect(runPass(pass, GO, 'smallest').changes[0].why).toMatch(/Only \/app\/main is copied/);
    expect(runPass(pass, GO).changes[0].why).toMatch(/the build context in \/app \(where the program starts/);
  });
  it('takes a RUN mkdir before the build (the runtime stage has the directory through its WORKDIR)', () => {
    const out = rewrite(pass, 'FROM golang\nRUN mkdir /app\nADD . /app\nWORKDIR /app\nRUN CGO_ENABLED=0 GOOS=linux go build -o main .\nCMD ["/app/main"]\n');
    // the build's own CGO_ENABLED=0 makes a static binary: distroless static takes it
    expect(out).toContain('FROM gcr.io/distroless/static-debian13:nonroot\nADD . /app\nWORKDIR /app\nCOPY --from=build /app/main /app/main\nCMD ["/app/main"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('leaves cgo builds, shell-form starts, go run and unknown binaries', () => {
    expect(runPass(pass, 'FROM golang:1.22\nRUN apt-get install -y gcc\nRUN go build -o /a .\nCMD ["/a"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nRUN go build -o /a .\nCMD /a --x $Y\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nCMD ["go", "run", "."]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nRUN go build .\nCMD ["./app"]\n').changes).toHaveLength(0);
  });
  it('finds the binary a start command names on PATH: go build -o /usr/local/bin/app (the golang image\'s own example) and go install into /go/bin', () => {
    const readme = rewrite(pass, 'FROM golang:1.22\nWORKDIR /usr/src/app\nCOPY go.mod go.sum ./\nRUN go mod download && go mod verify\nCOPY . .\nRUN go build -v -o /usr/local/bin/app ./...\nCMD ["app"]\n');
    expect(readme).toContain('FROM gcr.io/distroless/base-debian13:nonroot\nWORKDIR /usr/src/app\nCOPY . .\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nCMD ["app"]\n');
    // /go/bin is not on distroless's PATH: the binary moves to /usr/local/bin, where CMD ["app"] finds it
    const gopath = rewrite(pass, 'FROM golang:1.20\nWORKDIR /go/src/app\nCOPY . .\nRUN go get -d -v ./...\nRUN go install -v ./...\nCMD ["app"]\n');
    expect(gopath).toContain('COPY --from=build /go/bin/app /usr/local/bin/app\nCMD ["app"]\n');
    expect(parsesCleanly(gopath)).toBe(true);
    const gobin = rewrite(pass, 'FROM golang:1.22\nENV GOBIN=/out\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/server\nCMD ["/out/server"]\n');
    expect(gobin).toContain('COPY --from=build /out/server /out/server\n');
  });
  it('takes go build without -o when the start command names the binary in the working directory', () => {
    const out = rewrite(pass, 'FROM golang:1.21\nWORKDIR /app\nCOPY . .\nRUN go mod download\nRUN go build\nCMD ["./myapp"]\n');
    expect(out).toContain('COPY --from=build /app/myapp /app/myapp\nCMD ["./myapp"]\n');
    // a script the COPY brought, a package elsewhere, or no WORKDIR: the binary's name is not known
    expect(runPass(pass, 'FROM golang:1.21\nWORKDIR /app\nCOPY . .\nRUN go build\nCMD ["./start.sh"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.21\nWORKDIR /app\nCOPY . .\nRUN go build ./cmd/api\nCMD ["./api"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.21\nWORKDIR /app\nCOPY run ./run\nCOPY . .\nRUN go build\nCMD ["./run"]\n').changes).toHaveLength(0);
  });
  it('leaves reloaders and tools fetched with go install tool@version, which need the toolchain or are not the program', () => {
    expect(runPass(pass, 'FROM golang:1.22\nWORKDIR /app\nRUN go install github.com/air-verse/air@latest\nCOPY . .\nRUN go build -o ./tmp/main .\nCMD ["air"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go install github.com/x/tool@v1.2.0\nCMD ["tool"]\n').changes).toHaveLength(0);
    // a PATH of the user's own, or a cross-compiled install (bin/linux_arm64): not followed
    expect(runPass(pass, 'FROM golang:1.22\nENV PATH=/opt/bin:$PATH\nWORKDIR /app\nCOPY . .\nRUN go build -o /opt/bin/app .\nCMD ["app"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN GOARCH=arm64 go install .\nCMD ["app"]\n').changes).toHaveLength(0);
  });
});
