import { describe, it, expect } from 'vitest';
import { rule } from './build-tools-in-final-stage';
import { lint, linesOf } from '../testing';

describe('build-tools-in-final-stage', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('the source article single-stage layer example ships build tools', () => {
    const text = 'FROM python:3.9-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential gcc && pip3 install numpy pandas && apt-get clean && rm -rf /var/lib/apt/lists/*';
    expect(lint(rule, text)[0].message).toContain('build-essential, gcc');
  });
  it('covers apk, dnf, version pins and -devel packages', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache gcc musl-dev')).toEqual([2]);
    expect(linesOf(rule, 'FROM fedora\nRUN dnf install -y gcc-c++ python3-devel && dnf clean all')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nRUN apt-get install -y gcc=4:12.2.0-3')).toEqual([2]);
  });
  it('accepts tools removed in the same RUN, builder stages and runtime libraries', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN apk add --virtual .build gcc musl-dev && make && apk del .build')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nRUN apt-get install -y gcc && make && apt-get purge -y gcc')).toEqual([]);
    expect(linesOf(rule, 'FROM debian AS b\nRUN apt-get install -y gcc\nFROM debian\nRUN apt-get install -y libpq5 curl')).toEqual([]);
  });
  it('follows FROM <stage> chains into the shipped image', () => {
    expect(linesOf(rule, 'FROM debian AS base\nRUN apt-get install -y cmake\nFROM base\nCMD ["app"]')).toEqual([2]);
  });
  it('flags toolchain and JDK images as the final base', () => {
    expect(linesOf(rule, 'FROM golang:1.25\nCOPY . .\nRUN go build -o /app\nCMD ["/app"]')).toEqual([1]);
    expect(linesOf(rule, 'FROM maven:3-eclipse-temurin-21\nCMD ["java"]')).toEqual([1]);
    expect(linesOf(rule, 'FROM eclipse-temurin:21-jdk\nCMD ["java"]')).toEqual([1]);
    expect(linesOf(rule, 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nCMD ["dotnet"]')).toEqual([1]);
    expect(linesOf(rule, 'FROM golang:1.25 AS b\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=b /app /app')).toEqual([]);
    expect(linesOf(rule, 'FROM eclipse-temurin:21-jre\nCMD ["java"]')).toEqual([]);
  });
  it('keeps quiet about a toolchain image whose start command runs that toolchain (real-world false positives)', () => {
    // a test runner and a dev server need maven / cargo / go at run time
    expect(linesOf(rule, 'FROM maven:3.8-adoptopenjdk-8\nCOPY . /src\nCMD ["mvn", "-o", "clean", "test"]')).toEqual([]);
    expect(linesOf(rule, 'FROM maven:3.8-amazoncorretto-17\nCOPY . .\nRUN mvn clean install\nCMD mvn spring-boot:run')).toEqual([]);
    expect(linesOf(rule, 'FROM rust:bookworm\nCMD ["cargo", "watch", "-x", "run"]')).toEqual([]);
    expect(linesOf(rule, 'FROM golang:1.24-alpine\nRUN go install github.com/air-verse/air@latest\nCMD ["air", "-c", ".air.toml"]')).toEqual([]);
    expect(linesOf(rule, 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nENTRYPOINT ["dotnet", "watch", "run"]')).toEqual([]);
    expect(linesOf(rule, 'FROM golang:1.22 AS base\nCMD ["go", "run", "."]\nFROM base')).toEqual([]);
    // the built program is not the toolchain: still flagged
    expect(linesOf(rule, 'FROM golang:1.22\nRUN go build -o /app .\nCMD ["/app"]')).toEqual([1]);
    expect(linesOf(rule, 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nENTRYPOINT ["dotnet", "App.dll"]')).toEqual([1]);
  });
});
