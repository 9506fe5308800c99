import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './npm-install-dev-dependencies';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN npm install", () => {
    expect(lint(rule, "RUN npm install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN npm install", () => {
    expect(lint(rule, "ONBUILD RUN npm install", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN npm ci", () => {
    expect(lint(rule, "RUN npm ci", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN npm ci", () => {
    expect(lint(rule, "ONBUILD RUN npm ci", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN npm install express@4.1.1", () => {
    expect(lint(rule, "RUN npm install express@4.1.1", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN npm install express@4.1.1", () => {
    expect(lint(rule, "ONBUILD RUN npm install express@4.1.1", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN npm install --no-audit", () => {
    expect(lint(rule, "RUN npm install --no-audit", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN npm install --no-audit", () => {
    expect(lint(rule, "ONBUILD RUN npm install --no-audit", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN npm install --production", () => {
    expect(lint(rule, "RUN npm install --production", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm install --production", () => {
    expect(lint(rule, "ONBUILD RUN npm install --production", opts)).toEqual([]);
  });
  it("quiet: RUN npm ci --production", () => {
    expect(lint(rule, "RUN npm ci --production", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm ci --production", () => {
    expect(lint(rule, "ONBUILD RUN npm ci --production", opts)).toEqual([]);
  });
  it("quiet: RUN npm install --omit=dev", () => {
    expect(lint(rule, "RUN npm install --omit=dev", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm install --omit=dev", () => {
    expect(lint(rule, "ONBUILD RUN npm install --omit=dev", opts)).toEqual([]);
  });
  it("quiet: RUN npm ci --omit=dev", () => {
    expect(lint(rule, "RUN npm ci --omit=dev", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm ci --omit=dev", () => {
    expect(lint(rule, "ONBUILD RUN npm ci --omit=dev", opts)).toEqual([]);
  });
  it("quiet: RUN npm install --production --no-audit", () => {
    expect(lint(rule, "RUN npm install --production --no-audit", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm install --production --no-audit", () => {
    expect(lint(rule, "ONBUILD RUN npm install --production --no-audit", opts)).toEqual([]);
  });
  it("quiet: RUN npm install --production express@4.1.1", () => {
    expect(lint(rule, "RUN npm install --production express@4.1.1", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm install --production express@4.1.1", () => {
    expect(lint(rule, "ONBUILD RUN npm install --production express@4.1.1", opts)).toEqual([]);
  });
  it("quiet: RUN npm run build", () => {
    expect(lint(rule, "RUN npm run build", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN npm run build", () => {
    expect(lint(rule, "ONBUILD RUN npm run build", opts)).toEqual([]);
  });
  it("quiet: RUN npm install -g pm2@5", () => {
    expect(lint(rule, "RUN npm install -g pm2@5", opts)).toEqual([]);
  });
  it("quiet: FROM node / ENV NODE_ENV=production / RUN npm ci", () => {
    expect(lint(rule, "FROM node\nENV NODE_ENV=production\nRUN npm ci", opts)).toEqual([]);
  });
  it("quiet: RUN NODE_ENV=production npm ci", () => {
    expect(lint(rule, "RUN NODE_ENV=production npm ci", opts)).toEqual([]);
  });
  it('quiet in a builder stage that is only copied from; still fires in the shipped stage', () => {
    const text = 'FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nRUN npm run build\n\nFROM node:22-alpine\nCOPY --from=build /app/dist /app\nRUN npm ci';
    expect(lint(rule, text).map((d) => d.line)).toEqual([9]);
    expect(lint(rule, 'FROM node:22 AS base\nRUN npm ci\nFROM base\nCMD ["node", "x.js"]').map((d) => d.line)).toEqual([2]);
  });
  it('keeps quiet when the shipped stage itself needs the devDependencies (real-world false positives)', () => {
    // a build script after the install needs typescript, bundlers ...: --omit=dev would break it
    expect(lint(rule, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\nCMD ["node", "dist/server.js"]')).toEqual([]);
    expect(lint(rule, 'FROM node:20\nCOPY . .\nRUN npm ci && npm run build')).toEqual([]);
    expect(lint(rule, 'FROM node:20\nCOPY . .\nRUN npm ci\nRUN npx prisma generate')).toEqual([]);
    // a development image starts a dev server or watcher
    expect(lint(rule, 'FROM node:20-alpine\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["npm", "run", "dev"]')).toEqual([]);
    expect(lint(rule, 'FROM node:20-alpine\nRUN npm install\nCMD npm run start:dev')).toEqual([]);
    expect(lint(rule, 'FROM node:20-alpine\nRUN npm install\nCMD ["nodemon", "server.js"]')).toEqual([]);
    // a production start command after a plain install is still flagged, and so is ONBUILD
    expect(lint(rule, 'FROM node:20\nRUN npm install\nCOPY . .\nCMD ["npm", "start"]').map((d) => d.line)).toEqual([2]);
    expect(lint(rule, 'FROM node:20\nRUN npm install\nCMD ["node", "server.js"]').map((d) => d.line)).toEqual([2]);
    expect(lint(rule, 'FROM node:20\nONBUILD RUN npm install\nCMD ["npm", "run", "dev"]').map((d) => d.line)).toEqual([2]);
    // a build script in an earlier stage does not excuse the install in the shipped one
    expect(lint(rule, 'FROM node:20 AS b\nRUN npm ci && npm run build\nFROM node:20\nRUN npm ci\nCMD ["node", "x.js"]').map((d) => d.line)).toEqual([4]);
  });
});
