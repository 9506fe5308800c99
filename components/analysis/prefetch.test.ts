/** The options one click away match, key for key, what the Optimized view sends on that click. */
import { describe, expect, it } from 'vitest';
import type { OptimizedChange, OptimizeResult } from '@/lib/optimize/types';
import { neighbourOptions, optimizerRunKey, PREFETCH_MAX_CHARS, sameOptimized, toggledDisabled } from './prefetch';

const change = (id: string, enabled = true) => ({ id, enabled }) as OptimizedChange;

describe('prefetch', () => {
  it('switches a change off and back on', () => {
    expect(toggledDisabled(undefined, 'a', false)).toEqual(['a']);
    expect(toggledDisabled(['a', 'b'], 'a', true)).toEqual(['b']);
    expect(toggledDisabled(['a'], 'a', true)).toBeUndefined();
  });

  it('lists each switch flipped, then the other profiles', () => {
    const options = { disabledChanges: ['b'], contextBytes: 10 };
    // `c` is held back by the optimizer (not enabled) but still switched on by the user
    const next = neighbourOptions(options, [change('a'), change('b', false), change('c', false)]);
    expect(next.map((o) => [o.profile, o.disabledChanges])).toEqual([
      [undefined, ['b', 'a']],
      [undefined, undefined],
      [undefined, ['b', 'c']],
      ['safe', ['b']],
      ['smallest', ['b']],
    ]);
    expect(next.every((o) => o.contextBytes === 10)).toBe(true);
  });

  it('keys a run by what the optimizer sees', () => {
    expect(optimizerRunKey({ disabledChanges: ['a', 'b'] })).toBe(optimizerRunKey({ profile: 'recommended', disabledChanges: ['b', 'a'], dockerignore: 'x' }));
    expect(optimizerRunKey({})).toBe(optimizerRunKey({ disabledChanges: [] }));
    expect(optimizerRunKey({})).not.toBe(optimizerRunKey({ target: 'build' }));
    expect(optimizerRunKey({})).not.toBe(optimizerRunKey({ profile: 'safe' }));
  });

  it('tells a confirming answer equal to the shown one', () => {
    const result = (dockerfile: string) => ({ dockerfile, changes: [], image: null, originalBytes: 1, profile: 'recommended' }) as OptimizeResult;
    expect(sameOptimized(result('FROM a'), result('FROM a'))).toBe(true);
    expect(sameOptimized(result('FROM a'), result('FROM b'))).toBe(false);
    expect(sameOptimized(null, result('FROM a'))).toBe(false);
    expect(sameOptimized(null, null)).toBe(true);
    const big = 'x'.repeat(PREFETCH_MAX_CHARS + 1);
    expect(sameOptimized(result(big), result(big))).toBe(false); // not worth comparing
  });
});
