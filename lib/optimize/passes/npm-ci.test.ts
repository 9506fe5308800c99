import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { pass } from './npm-ci';
import { rewrite, runPass } from '../testing';

describe('npm-ci', () => {
  it('uses npm ci when the lockfile is copied by name', () => {
    expect(rewrite(pass, 'FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm i --no-audit\n')).toBe('FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm ci --no-audit\n');
  });
  it('leaves package*.json copies when no build context shows the lockfile: many repositories have none, and npm ci would fail', () => {
    expect(runPass(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\n').changes).toHaveLength(0);
  });
  it('with the build context in view, converts package*.json copies only when a lockfile is there', () => {
    const text = 'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCMD ["node", "a.js"]\n';
    const run = (files: Record<string, number>) => pass.apply({ model: parseDockerfile(text), text, options: { profile: 'safe', context: { files, texts: {}, partial: false, id: JSON.stringify(files) } } }).changes;
    expect(run({ 'package.json': 400 })).toHaveLength(0);
    const withLock = run({ 'package.json': 400, 'package-lock.json': 90_000 });
    expect(withLock).toHaveLength(1);
    expect(withLock[0].why).toMatch(/build context has package-lock\.json/);
  });
  it('leaves installs without a known lockfile, of named packages, or global', () => {
    expect(runPass(pass, 'FROM node:20\nCOPY package.json ./\nRUN npm install\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nCOPY package*.json ./\nRUN npm install express\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nCOPY package*.json ./\nRUN npm install -g\n').changes).toHaveLength(0);
  });
});
