import { describe, it, expect } from 'vitest';
import { pass } from './npm-omit-dev';
import { rewrite, runPass } from '../testing';

describe('npm-omit-dev', () => {
  it('omits devDependencies in the shipped stage when nothing builds afterwards', () => {
    expect(rewrite(pass, 'FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n')).toContain('RUN npm ci --omit=dev\n');
    expect(rewrite(pass, 'FROM node:12\nRUN npm install\nCMD ["node", "index.js"]\n')).toContain('RUN npm install --production\n');
  });
  it('leaves builder stages, later builds, and NODE_ENV=production', () => {
    expect(runPass(pass, 'FROM node:20 AS b\nRUN npm ci\nFROM nginx\nCOPY --from=b /x /y\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nRUN npm ci\nRUN npm run build\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nRUN npm ci && npx tsc\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nENV NODE_ENV=production\nRUN npm ci\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nRUN npm install && ./node_modules/brunch/bin/brunch build -p\n').changes).toHaveLength(0);
  });
  it('leaves a shipped stage whose node_modules a later stage builds or develops with', () => {
    const text = 'FROM node:20-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n\nFROM deps AS builder\nCOPY . .\nRUN npm run build\n\nFROM deps AS development\nCOPY . .\nCMD ["npm", "run", "dev"]\n';
    expect(runPass(pass, text).changes).toHaveLength(0);
    const copied = 'FROM node:20 AS deps\nRUN npm ci\nFROM node:20 AS build\nCOPY --from=deps /node_modules /node_modules\nRUN npx tsc\nFROM deps\nCMD ["node", "a.js"]\n';
    expect(runPass(pass, copied).changes).toHaveLength(0);
  });
  it('keeps devDependencies for a start through a loader (node -r ts-node/register) or a script not in view', () => {
    expect(runPass(pass, 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "-r", "ts-node/register", "src/server.ts"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["sh", "run-tests.sh"]\n').changes).toHaveLength(0);
  });
});
