import { describe, it, expect } from 'vitest';
import { pass } from './apk-no-cache';
import { rewrite, runPass } from '../testing';

describe('apk-no-cache', () => {
  it('adds --no-cache after add', () => {
    expect(rewrite(pass, 'FROM alpine:3.22\nRUN apk update && apk add curl\n')).toBe('FROM alpine:3.22\nRUN apk update && apk add --no-cache curl\n');
  });
  it('leaves commands that have it', () => {
    expect(runPass(pass, 'FROM alpine\nRUN apk add --no-cache curl\n').changes).toHaveLength(0);
  });
});
