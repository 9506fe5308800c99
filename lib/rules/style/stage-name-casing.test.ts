import { describe, it, expect } from 'vitest';
import { rule } from './stage-name-casing';
import { linesOf, fixOnce, lint } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('stage-name-casing', () => {
  it('flags an uppercase stage name', () => {
    expect(linesOf(rule, '\n#\n#\nFROM scratch AS BadStageName\n\nFROM scratch as base2\n')).toEqual([4]);
    expect(linesOf(rule, 'FROM scratch AS BadStageName\nMAINTAINER me@example.org\n')).toEqual([1]);
  });
  it('accepts lowercase names, names with digits and dashes, and no name', () => {
    expect(linesOf(rule, 'FROM scratch AS base-2_x\nFROM scratch\n')).toEqual([]);
  });
  it('fix renames the stage and its references', () => {
    const text = 'FROM node:22 AS Build\nRUN npm ci\nFROM Build AS test\nFROM nginx\nCOPY --from=Build /app /srv\nRUN --mount=type=cache,from=BUILD,target=/x true\nCOPY --from=other /a /b\n';
    const out = fixOnce(rule, text);
    expect(out).toBe('FROM node:22 AS build\nRUN npm ci\nFROM build AS test\nFROM nginx\nCOPY --from=build /app /srv\nRUN --mount=type=cache,from=build,target=/x true\nCOPY --from=other /a /b\n');
    expect(lint(rule, out)).toEqual([]);
    const m = parseDockerfile(out);
    expect(m.parseDiagnostics).toEqual([]);
    expect(m.stages[1].baseStage).toBe(0);
  });
});
