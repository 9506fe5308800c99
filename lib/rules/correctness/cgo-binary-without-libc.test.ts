import { describe, it, expect } from 'vitest';
import { rule } from './cgo-binary-without-libc';
import { lint, linesOf } from '../testing';

describe('cgo-binary-without-libc', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([7]);
    expect(lint(rule, rule.examples.bad)[0].message).toContain('line 4');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags distroless static too', () => {
    expect(linesOf(rule, 'FROM golang:1.25-bookworm AS b\nRUN go install ./cmd/app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=b /go/bin/app /app')).toEqual([4]);
  });
  it('accepts CGO_ENABLED=0 by ENV, ARG, export, static flags, alpine builders and glibc bases', () => {
    const base = (build: string, final = 'scratch', from = 'golang:1.25') => `FROM ${from} AS b\n${build}\nFROM ${final}\nCOPY --from=b /app /app`;
    expect(linesOf(rule, base('ENV CGO_ENABLED=0\nRUN go build -o /app'))).toEqual([]);
    expect(linesOf(rule, base('ARG CGO_ENABLED=0\nRUN go build -o /app'))).toEqual([]);
    expect(linesOf(rule, base('RUN export CGO_ENABLED=0 && go build -o /app'))).toEqual([]);
    expect(linesOf(rule, base('RUN go build -tags netgo -ldflags "-extldflags -static" -o /app'))).toEqual([]);
    expect(linesOf(rule, base('RUN go build -o /app', 'scratch', 'golang:1.25-alpine'))).toEqual([]);
    expect(linesOf(rule, base('RUN go build -o /app', 'gcr.io/distroless/base-debian12'))).toEqual([]);
    expect(linesOf(rule, base('RUN go build -o /app', 'debian:12-slim'))).toEqual([]);
  });
});
