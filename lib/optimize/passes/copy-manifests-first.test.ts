import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { pass } from './copy-manifests-first';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('copy-manifests-first', () => {
  it('copies requirements.txt before pip install and the sources after', () => {
    const out = rewrite(pass, 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n');
    expect(out).toBe('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('leaves the order when the requirements in view name other project files (-r base.txt, -e .): copied alone, pip could not open them', () => {
    const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "-m", "mypkg"]\n';
    const withList = (list: string) => pass.apply({ model: parseDockerfile(text), text, options: { profile: 'safe', context: { files: null, texts: { 'requirements.txt': list }, partial: false, id: list } } }).changes;
    expect(withList('flask\n-r base.txt\n')).toHaveLength(0);
    expect(withList('flask\n-e .\n')).toHaveLength(0);
    expect(withList('./libs/mylib\n')).toHaveLength(0);
    for (const list of ['flask\n.[server]\n', 'mypkg @ file:///app/libs/mypkg\n', '--find-links=./wheels\nmypkg\n', 'flask\n-rbase.txt\n']) expect(withList(list), list).toHaveLength(0);
    expect(withList('flask  # web\nrequests>=2\n')).toHaveLength(1);
  });
  it('leaves pip commands that also read the sources: -e ., ., a wheel, --find-links, PIP_CONSTRAINT (fourth review, R2)', () => {
    const text = (run: string, env = '') => `FROM python:3.12-slim\nWORKDIR /app\n${env}COPY . .\nRUN ${run}\nCMD ["python", "-m", "app"]\n`;
    for (const run of ['pip install -r requirements.txt -e .', 'pip install -r requirements.txt .', 'pip install -r requirements.txt ./dist/app-1.0-py3-none-any.whl', 'pip install --find-links=./wheels -r requirements.txt', 'pip install -f wheels -r requirements.txt']) {
      expect(runPass(pass, text(run)).changes, run).toHaveLength(0);
    }
    expect(runPass(pass, text('pip install -r requirements.txt', 'ENV PIP_CONSTRAINT=/app/constraints.txt\n')).changes).toHaveLength(0);
    expect(runPass(pass, text('pip install -r requirements.txt')).changes).toHaveLength(1);
    // wheels from a URL are not in the sources
    expect(runPass(pass, text('pip install -f https://download.pytorch.org/whl/torch_stable.html -r requirements.txt')).changes).toHaveLength(1);
  });
  it('splits an install-then-build RUN', () => {
    const out = rewrite(pass, 'FROM node:20\nWORKDIR /app\nCOPY --chown=node . /app\nRUN npm ci && npm run build\n');
    expect(out).toBe('FROM node:20\nWORKDIR /app\nCOPY --chown=node package*.json /app/\nRUN npm ci\nCOPY --chown=node . /app\nRUN npm run build\n');
  });
  it('moves the sources below an install that follows system-package steps', () => {
    const out = rewrite(pass, 'FROM python:3.12\nWORKDIR /app\n# code\nCOPY . .\nRUN apt-get update && apt-get install -y gcc\nENV A=1\nRUN pip install -r requirements.txt\nCMD ["python", "a.py"]\n');
    expect(out).toBe('FROM python:3.12\nWORKDIR /app\nRUN apt-get update && apt-get install -y gcc\nENV A=1\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n# code\nCOPY . .\nCMD ["python", "a.py"]\n');
  });
  it('adds a go mod download layer for Go builds', () => {
    expect(rewrite(pass, 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n')).toContain('COPY go.mod go.sum* ./\nRUN go mod download\nCOPY . .\n');
  });
  it('leaves an npm install first when the build context holds a node_modules (it would land over the installed one)', () => {
    const text = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "a.js"]\n';
    const run = (files: Record<string, number>) => pass.apply({ model: parseDockerfile(text), text, options: { profile: 'safe', context: { files, texts: {}, partial: false, id: JSON.stringify(files) } } }).changes;
    expect(run({ 'package.json': 1, 'package-lock.json': 1, 'node_modules/x/index.js': 1 })).toHaveLength(0);
    expect(run({ 'package.json': 1, 'package-lock.json': 1, 'a.js': 1 })).toHaveLength(1);
  });
  it('adds no go mod download where it could not find go.mod or needs none', () => {
    // the sources land in /build while the working directory is still /go
    expect(runPass(pass, 'FROM golang:1.22\nADD . /build/\nWORKDIR /build\nRUN go build -o main .\nCMD ["/build/main"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go mod init example/hello && go build -o main .\nCMD ["./main"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build -mod=vendor -o main .\nCMD ["./main"]\n').changes).toHaveLength(0);
  });
  it('leaves files that already copy manifests first, or installs that read the sources', () => {
    expect(runPass(pass, 'FROM python:3\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nCOPY . .\nRUN pip install .\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM golang:1.10\nCOPY . .\nRUN go build -o /x .\n').changes).toHaveLength(0);
  });
});
