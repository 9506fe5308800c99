import { describe, it, expect } from 'vitest';
import { pass } from './non-root-user';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('non-root-user', () => {
  it('creates a user on Debian images and switches to it before the start command', () => {
    const out = rewrite(pass, 'FROM python:3.12-slim\nCOPY x.py /app/\nEXPOSE 80\nCMD ["python", "/app/x.py"]\n');
    expect(out).toBe('FROM python:3.12-slim\nCOPY x.py /app/\nRUN useradd --create-home --uid 10001 app\nUSER app\nEXPOSE 80\nCMD ["python", "/app/x.py"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('gives the application directory to the user', () => {
    const out = rewrite(pass, 'FROM ruby:3.3-slim\nWORKDIR /app\n# code\nCOPY . .\nRUN bundle exec rake assets:precompile\nCMD ["rails", "s"]\n');
    expect(out).toBe('FROM ruby:3.3-slim\nWORKDIR /app\nRUN useradd --create-home --uid 10001 app\n# code\nCOPY --chown=app:app . .\nRUN bundle exec rake assets:precompile\nUSER app\nCMD ["rails", "s"]\n');
    expect(parsesCleanly(out)).toBe(true);
    expect(rewrite(pass, 'FROM node:22-slim\nWORKDIR /a\nCOPY . .\nCMD ["node", "a.js"]\n')).toBe('FROM node:22-slim\nWORKDIR /a\nCOPY --chown=node:node . .\nUSER node\nCMD ["node", "a.js"]\n');
  });
  it('uses what the base provides', () => {
    expect(rewrite(pass, 'FROM node:20-slim\nCMD ["node", "a.js"]')).toBe('FROM node:20-slim\nUSER node\nCMD ["node", "a.js"]');
    expect(rewrite(pass, 'FROM alpine:3.22\nCMD ["a"]\n')).toContain('RUN adduser -D -u 10001 app\nUSER app\n');
    expect(rewrite(pass, 'FROM gcr.io/distroless/static-debian12\nCOPY a /a\nCMD ["/a"]\n')).toContain('USER nonroot\n');
    expect(rewrite(pass, 'FROM scratch\nCOPY a /a\nCMD ["/a"]\n')).toContain('USER 65534:65534\n');
  });
  it('leaves images that start as root on purpose or already chose a user', () => {
    expect(runPass(pass, 'FROM nginx:1.27\nCMD ["nginx"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nUSER root\nCMD ["a"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nCMD gosu app run\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM myorg/base:1\nCMD ["a"]\n').changes).toHaveLength(0);
  });
  it('leaves images that install a system service, which usually starts as root from a script', () => {
    expect(runPass(pass, 'FROM alpine:3.20\nRUN apk add --no-cache samba tini\nCOPY samba.sh /\nENTRYPOINT ["/sbin/tini", "--", "/samba.sh"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y bind9\nCMD ["named", "-g"]\n').changes).toHaveLength(0);
    // a client tool is not a service
    expect(runPass(pass, 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\nCMD ["./app"]\n').changes).toHaveLength(1);
  });
});
