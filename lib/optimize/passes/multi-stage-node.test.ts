import { describe, it, expect } from 'vitest';
import { pass, nodeRuntimeTag } from './multi-stage-node';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('multi-stage-node', () => {
  it('builds, prunes devDependencies and ships the app directory on -slim', () => {
    const out = rewrite(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nEXPOSE 3000\nCMD ["node", "dist/main.js"]\n');
    expect(out).toBe(
      'FROM node:20 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nRUN npm prune --omit=dev\n\n' +
        'FROM node:20-slim\nWORKDIR /app\nEXPOSE 3000\nCOPY --from=build /app /app\nCMD ["node", "dist/main.js"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('uses --production on old npm', () => {
    expect(rewrite(pass, 'FROM node:12\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "a.js"]\n')).toContain('RUN npm prune --production\n');
  });
  it('leaves files without a WORKDIR, yarn projects and slim bases without a build', () => {
    expect(runPass(pass, 'FROM node:20\nCOPY . .\nRUN npm ci\nCMD ["node", "a.js"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nWORKDIR /a\nRUN npm ci && yarn build\nCMD ["node", "a.js"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20-slim\nWORKDIR /a\nRUN npm ci\nCMD ["node", "a.js"]\n').changes).toHaveLength(0);
  });
  it('maps tags', () => {
    expect(nodeRuntimeTag('20')).toBe('20-slim');
    expect(nodeRuntimeTag('20-bookworm')).toBe('20-bookworm-slim');
    expect(nodeRuntimeTag('22-alpine')).toBe('22-alpine');
  });
});
