import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { pass } from './npm-ci';
import { rewrite, runPass } from '../testing';

describe('npm-ci', () => {
  it('uses npm ci when the lockfile is copied', () => {
    expect(rewrite(pass, 'FROM node:20\nCOPY package*.json ./\nRUN npm install\n')).toBe('FROM node:20\nCOPY package*.json ./\nRUN npm ci\n');
    expect(rewrite(pass, 'FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm i --no-audit\n')).toBe('FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm ci --no-audit\n');
  });
  it('says that package*.json brings the lockfile only when the repository has one', () => {
    const glob = runPass(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\n').changes[0].why;
    expect(glob).toContain('only if the repository has one');
    const named = runPass(pass, 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n').changes[0].why;
    expect(named).not.toContain('only if the repository has one');
  });
  it('with the build context in view, converts package*.json copies only when a lockfile is there', () => {
    const text = 'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCMD ["node", "a.js"]\n';
    const run = (files: Record<string, number>) => pass.apply({ model: parseDockerfile(text), text, options: { profile: 'safe', context: { files, texts: {}, partial: false, id: JSON.stringify(files) } } }).changes;
    expect(run({ 'package.json': 400 })).toHaveLength(0);
    const withLock = run({ 'package.json': 400, 'package-lock.json': 90_000 });
    expect(withLock).toHaveLength(1);
    expect(withLock[0].why).not.toMatch(/only if the repository has one/);
  });
  it('leaves installs without a known lockfile, of named packages, or global', () => {
    expect(runPass(pass, 'FROM node:20\nCOPY package.json ./\nRUN npm install\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nCOPY package*.json ./\nRUN npm install express\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nCOPY package*.json ./\nRUN npm install -g\n').changes).toHaveLength(0);
  });
});
