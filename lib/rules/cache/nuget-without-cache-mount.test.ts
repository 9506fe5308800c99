import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './nuget-without-cache-mount';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN dotnet restore", () => {
    expect(lint(rule, "RUN dotnet restore", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dotnet restore", () => {
    expect(lint(rule, "ONBUILD RUN dotnet restore", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN dotnet build", () => {
    expect(lint(rule, "RUN dotnet build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN dotnet build", () => {
    expect(lint(rule, "ONBUILD RUN dotnet build", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN nuget restore", () => {
    expect(lint(rule, "RUN nuget restore", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN nuget restore", () => {
    expect(lint(rule, "ONBUILD RUN nuget restore", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN --mount=type=cache,target=/wrong/path dotnet restore", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/wrong/path dotnet restore", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN --mount=type=cache,target=/wrong/path dotnet restore", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/wrong/path dotnet restore", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN echo hello", () => {
    expect(lint(rule, "RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN echo hello", () => {
    expect(lint(rule, "ONBUILD RUN echo hello", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=tmpfs,target=/root/.nuget/packages dotnet restore", () => {
    expect(lint(rule, "RUN --mount=type=tmpfs,target=/root/.nuget/packages dotnet restore", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=tmpfs,target=/root/.nuget/packages dotnet restore", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=tmpfs,target=/root/.nuget/packages dotnet restore", opts)).toEqual([]);
  });
  it("quiet: RUN --mount=type=cache,target=/home/app/.nuget/packages dotnet restore", () => {
    expect(lint(rule, "RUN --mount=type=cache,target=/home/app/.nuget/packages dotnet restore", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN --mount=type=cache,target=/home/app/.nuget/packages dotnet restore", () => {
    expect(lint(rule, "ONBUILD RUN --mount=type=cache,target=/home/app/.nuget/packages dotnet restore", opts)).toEqual([]);
  });
});
