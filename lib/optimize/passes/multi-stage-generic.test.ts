import { describe, it, expect } from 'vitest';
import { pass } from './multi-stage-generic';
import { rewrite, runPass, parsesCleanly } from '../testing';
import { optimize } from '../optimize';
import { DEBIAN_RUNTIME, runtimePackagesOf } from '../distro-libraries';
import { aptTables } from '../../size/data';
import { nameIndex } from '../../size/apt';

const CONFIGURE =
  'FROM debian:bookworm\nRUN apt-get update && apt-get install -y build-essential libssl-dev\nWORKDIR /src\nCOPY . .\n' +
  'RUN ./configure && make && make install\nEXPOSE 8080\nCMD ["myserver"]\n';
const CMAKE =
  'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends cmake g++ make libpq-dev git && rm -rf /var/lib/apt/lists/*\n' +
  'COPY . /src\nRUN cmake -S /src -B /build -DCMAKE_INSTALL_PREFIX=/opt/app && cmake --build /build && cmake --install /build\n' +
  'ENV PATH=/opt/app/bin:$PATH\nENTRYPOINT ["app"]\n';
const ALPINE =
  'FROM alpine:3.19\nRUN apk add --no-cache build-base openssl-dev\nWORKDIR /usr/src/app\nCOPY . .\n' +
  'RUN ./configure --prefix=/usr/local && make -j$(nproc) && make install\nCMD ["app"]\n';

/** The split parses, is a fixed point, and through the whole pipeline the estimated image shrinks. */
function checkSplit(input: string): string {
  const out = rewrite(pass, input);
  expect(out).not.toBe(input);
  expect(parsesCleanly(out)).toBe(true);
  expect(runPass(pass, out).changes).toHaveLength(0);
  const r = optimize(input);
  expect(r.changes.find((c) => c.pass === 'multi-stage-generic')?.enabled).toBe(true);
  expect(r.image!.bytes).toBeLessThan(r.originalBytes!);
  expect(optimize(r.dockerfile).dockerfile).toBe(r.dockerfile);
  return out;
}

describe('multi-stage-generic', () => {
  it('splits a configure/make install build on debian, with the runtime library of libssl-dev', () => {
    expect(checkSplit(CONFIGURE)).toBe(
      'FROM debian:bookworm AS builder\nRUN apt-get update && apt-get install -y build-essential libssl-dev\nWORKDIR /src\nCOPY . .\nRUN ./configure && make && make install\n\n' +
        'FROM debian:bookworm-slim\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends libssl3 \\\n    && rm -rf /var/lib/apt/lists/*\n' +
        'WORKDIR /src\nCOPY --from=builder /usr/local /usr/local\nRUN ldconfig\nEXPOSE 8080\nCMD ["myserver"]\n',
    );
    const why = runPass(pass, CONFIGURE).changes[0].why;
    expect(why).toMatch(/build-essential/);
    expect(why).toMatch(/ldconfig/);
    expect(why).toMatch(/loads by name/);
  });
  it('copies a cmake install prefix and keeps ubuntu as it is', () => {
    const [builder, runtime] = checkSplit(CMAKE).split('\n\n');
    expect(builder).toContain('FROM ubuntu:22.04 AS builder\n');
    expect(runtime).toBe(
      'FROM ubuntu:22.04\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends libpq5 \\\n    && rm -rf /var/lib/apt/lists/*\n' +
        'COPY --from=builder /opt/app /opt/app\nENV PATH=/opt/app/bin:$PATH\nENTRYPOINT ["app"]\n',
    );
    expect(runPass(pass, CMAKE).changes[0].why).toMatch(/git stays in the builder/);
  });
  it('ships alpine with the C++ runtime build-base compiled against and no ldconfig', () => {
    const runtime = checkSplit(ALPINE).split('\n\n')[1];
    expect(runtime).toBe('FROM alpine:3.19\nRUN apk add --no-cache libssl3 libcrypto3 libstdc++ libgcc\nWORKDIR /usr/src/app\nCOPY --from=builder /usr/local /usr/local\nCMD ["app"]\n');
  });
  it('uses the renamed libraries of Debian 13 and keeps setup steps in both stages', () => {
    const out = checkSplit(
      'FROM debian:trixie\nRUN useradd -r svc\nRUN apt-get update && apt-get install -y gcc make libssl-dev libevent-dev\nCOPY . /src\n' +
        'RUN cd /src && ./configure --prefix=/opt/svc && make && make install\nRUN mkdir -p /var/lib/svc && chown svc /var/lib/svc\nCMD ["/opt/svc/bin/svc"]\n',
    );
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('RUN useradd -r svc\n');
    expect(runtime).toContain('FROM debian:trixie-slim\nRUN useradd -r svc\n');
    expect(runtime).toContain('libssl3t64 libevent-2.1-7t64');
    expect(runtime).toContain('COPY --from=builder /opt/svc /opt/svc\nRUN mkdir -p /var/lib/svc');
    expect(runtime).not.toContain('ldconfig');
  });
  it('follows a download into /tmp, and keeps only the fetch tools a runtime step calls', () => {
    const runtime = checkSplit(
      'FROM debian:bookworm\nARG VERSION=1.2.3\nRUN apt-get update && apt-get install -y build-essential curl wget ca-certificates libpcre2-dev\n' +
        'RUN cd /tmp && curl -fsSLO https://example.com/foo-${VERSION}.tar.gz && tar xzf foo-${VERSION}.tar.gz && cd foo-${VERSION} && ./configure && make -j"$(nproc)" && make install && rm -rf /tmp/foo*\n' +
        'HEALTHCHECK CMD wget -qO- http://localhost:8080/ || exit 1\nCMD ["foo"]\n',
    ).split('\n\n')[1];
    expect(runtime).toContain('ARG VERSION=1.2.3\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends wget ca-certificates libpcre2-8-0');
    expect(runtime).not.toContain('curl');
  });
  it('leaves the ecosystems other passes handle', () => {
    const build = 'RUN apt-get update && apt-get install -y build-essential\nCOPY . /src\nRUN cd /src && ./configure && make && make install\n';
    for (const base of ['python:3.12', 'node:20', 'golang:1.22']) expect(runPass(pass, `FROM ${base}\n${build}CMD ["app"]\n`).changes).toHaveLength(0);
    expect(runPass(pass, `FROM debian:bookworm\n${build}RUN pip install -r requirements.txt\nCMD ["app"]\n`).changes).toHaveLength(0);
  });
  it('changes nothing it cannot be sure of', () => {
    const cases = [
      // no install step
      'FROM debian:bookworm\nRUN apt-get update && apt-get install -y build-essential\nWORKDIR /src\nCOPY . .\nRUN ./configure && make\nCMD ["./app"]\n',
      // the compiler is used after the build
      CONFIGURE.replace('EXPOSE 8080', 'RUN gcc -o /usr/local/bin/probe probe.c'),
      // a -dev package whose runtime library is not known
      CONFIGURE.replace('libssl-dev', 'libfoo-dev'),
      // a Makefile of its own: the prefix is whatever it says
      CONFIGURE.replace('./configure && make && make install', 'make && make install'),
      // configuration installed outside the prefix
      CONFIGURE.replace('./configure', './configure --sysconfdir=/etc'),
      // the program started from the source tree
      CONFIGURE.replace('["myserver"]', '["./myserver"]'),
      // a moving tag: package names may change under it
      CONFIGURE.replace('debian:bookworm', 'debian:latest'),
      // files written where the runtime stage would miss them
      CONFIGURE.replace('make install', 'make install && cp server.conf /etc/'),
    ];
    for (const text of cases) expect(runPass(pass, text).changes, text).toHaveLength(0);
  });
});

describe('runtime libraries of -dev packages', () => {
  // each name must exist in the release and be what its -dev package depends on
  for (const [suite, t64] of [['bookworm', false], ['trixie', true]] as const) {
    it(`are ${suite} packages the -dev package depends on`, () => {
      const table = aptTables[suite]!;
      const index = nameIndex(table);
      const resolve = (n: string): number | undefined => index.get(n) ?? table.virtual[n];
      const closure = (start: number): Set<number> => {
        const seen = new Set<number>();
        const todo = [start];
        while (todo.length) {
          const i = todo.pop()!;
          if (seen.has(i)) continue;
          seen.add(i);
          for (const rel of table.dep[i]) todo.push(...(Array.isArray(rel) ? rel : [rel]));
        }
        return seen;
      };
      let checked = 0;
      for (const dev of Object.keys(DEBIAN_RUNTIME)) {
        const d = resolve(dev);
        if (d === undefined) continue;
        const deps = closure(d);
        for (const lib of runtimePackagesOf(dev, { distro: 'debian', t64 })!) {
          const l = resolve(lib);
          expect(l, `${dev} -> ${lib}`).toBeDefined();
          expect(deps.has(l!), `${dev} depends on ${lib}`).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(40);
    });
  }
});
