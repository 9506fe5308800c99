import { describe, it, expect } from 'vitest';
import { pass } from './slim-base-image';
import { rewrite, runPass } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('slim-base-image', () => {
  it('keeps the full image for a wheel that loads a library only it has (xgboost: libgomp1; fourth review, R1)', () => {
    const text = 'FROM python:3.9-bullseye\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
    const withList = (list: string) => pass.apply({ model: parseDockerfile(text), text, options: { profile: 'recommended', context: { files: null, texts: { 'requirements.txt': list }, partial: false, id: list } } }).changes;
    expect(withList('xgboost\n')).toHaveLength(0);
    expect(withList('python-magic\n')).toHaveLength(0);
    expect(withList('flask\n')).toHaveLength(1);
  });
  it('uses the slim variant of the shipped base', () => {
    expect(rewrite(pass, 'FROM python:3.9\nCMD ["python"]\n')).toBe('FROM python:3.9-slim\nCMD ["python"]\n');
    expect(rewrite(pass, 'FROM python:3.12-bookworm\n')).toBe('FROM python:3.12-slim-bookworm\n');
    expect(rewrite(pass, 'FROM node:20-bookworm\n')).toBe('FROM node:20-bookworm-slim\n');
    expect(rewrite(pass, 'FROM debian:bookworm\n')).toBe('FROM debian:bookworm-slim\n');
  });
  it('leaves bases whose tools the file uses, builder stages, variants and variables', () => {
    expect(runPass(pass, 'FROM python:3.9\nRUN git clone https://x/y\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9 AS b\nFROM httpd:2.4\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9-alpine\n').changes).toHaveLength(0);
    expect(runPass(pass, 'ARG B=python:3.9\nFROM ${B}\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ruby:3.3\nRUN bundle install\n').changes).toHaveLength(0);
  });
  it('runs jars on a JRE and static sites on Alpine nginx', () => {
    expect(rewrite(pass, 'FROM openjdk:11\nCOPY app.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]\n')).toContain('FROM eclipse-temurin:11-jre\n');
    expect(rewrite(pass, 'FROM openjdk:11\nRUN javac A.java\nCMD ["java", "A"]\n')).toContain('FROM openjdk:11-slim\n'); // still a JDK: it compiles
    expect(rewrite(pass, 'FROM nginx:1.27\nCOPY dist /usr/share/nginx/html\n')).toBe('FROM nginx:1.27-alpine\nCOPY dist /usr/share/nginx/html\n');
    expect(runPass(pass, 'FROM nginx:1.27\nRUN apt-get update\n').changes).toHaveLength(0);
  });
  it('keeps the full image when the file installs -dev headers for a source build but no compiler', () => {
    const text = 'FROM python:3.11\nRUN apt-get update && apt-get install -y clang libpq-dev && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
    expect(runPass(pass, text).changes).toHaveLength(0);
    expect(runPass(pass, text.replace('clang', 'gcc')).changes).toHaveLength(1);
    // the packages of a heredoc RUN count too
    expect(runPass(pass, 'FROM python:3.11\nRUN <<eot\n    apt-get update\n    apt-get install -y clang libpq-dev\neot\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n').changes).toHaveLength(0);
  });
  it('keeps the full image for a HEALTHCHECK probe slim lacks, and for Prisma, which needs OpenSSL', () => {
    expect(runPass(pass, 'FROM ruby:2.7\nHEALTHCHECK --interval=1s CMD curl localhost:8080\nCMD ["ruby", "app.rb"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20.12.2\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN ["npx", "prisma", "generate"]\nCMD ["node", "dist/main.js"]\n').changes).toHaveLength(0);
  });
  it('accepts tools the file installs itself', () => {
    expect(runPass(pass, 'FROM python:3.9\nRUN apt-get update && apt-get install -y git && git clone x\n').changes).toHaveLength(1);
  });
  it('keeps the full Python image when a requirement in view builds only from source (uwsgi, psycopg2) and no compiler is installed', () => {
    const text = 'FROM python:3.12 AS web\nCOPY requirements.txt requirements.txt\nRUN pip install -U -r requirements.txt\nENTRYPOINT ["/start.sh"]\n';
    const context = { files: null, texts: {}, requirements: 'flask==3.0.3\nuwsgi==2.0.28\n', partial: false, id: 'uwsgi' };
    expect(pass.apply({ model: parseDockerfile(text), text, options: { profile: 'recommended', context } }).changes).toHaveLength(0);
    expect(runPass(pass, text.replace('-r requirements.txt', 'psycopg2==2.9.10')).changes).toHaveLength(0);
    expect(runPass(pass, text).changes).toHaveLength(1);
    expect(runPass(pass, text.replace('-r requirements.txt', 'psycopg2-binary==2.9.10')).changes).toHaveLength(1);
  });
  it('keeps the full rust image for a cargo build: crates link what -slim lacks (pkg-config, libssl-dev, make)', () => {
    expect(runPass(pass, 'FROM rust:1.52\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/app"]\n').changes).toHaveLength(0);
  });
});
