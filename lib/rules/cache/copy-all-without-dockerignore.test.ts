import { describe, it, expect } from 'vitest';
import { rule } from './copy-all-without-dockerignore';
import { linesOf } from '../testing';

describe('copy-all-without-dockerignore', () => {
  it('flags the bad example without a .dockerignore, and never the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('is silent when a .dockerignore is known, even an empty one', () => {
    expect(linesOf(rule, rule.examples.bad, { dockerignore: '.git\nnode_modules\n' })).toEqual([]);
    expect(linesOf(rule, rule.examples.bad, { dockerignore: '' })).toEqual([]);
  });
  it('reports once per file, ADD too, and ignores --from copies', () => {
    expect(linesOf(rule, 'FROM x\nADD . /app\nCOPY . /b')).toEqual([2]);
    expect(linesOf(rule, 'FROM x\nCOPY --from=build . /app')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY ["./", "/app/"]')).toEqual([2]);
  });
});
