import { describe, expect, it } from 'vitest';
import { forgetTexts, textMemo } from './text-cache';

describe('text memo', () => {
  it('computes a text once while it is remembered', () => {
    let calls = 0;
    const memo = textMemo((t) => (calls++, t.length), 8, 1000);
    memo('a');
    memo('a');
    memo('bb');
    expect(calls).toBe(2);
  });

  it('keeps a text that is used often, and drops what was not used for long', () => {
    let calls = 0;
    const memo = textMemo((t) => (calls++, { t }), 4, 1_000_000);
    const hot = memo('hot');
    for (let i = 0; i < 50; i++) {
      expect(memo('hot')).toBe(hot);
      memo(`cold ${i}`);
    }
    const before = calls;
    memo('cold 0');
    expect(calls).toBe(before + 1);
  });

  it('stays within its entry and character bounds', () => {
    const seen: string[] = [];
    const memo = textMemo((t) => (seen.push(t), t), 10, 100);
    for (let i = 0; i < 200; i++) memo(`${i}`.padStart(10, 'x'));
    seen.length = 0;
    for (let i = 0; i < 200; i++) memo(`${i}`.padStart(10, 'x'));
    // at most 100 characters (ten such texts) are remembered, so at least 190 are computed again
    expect(seen.length).toBeGreaterThanOrEqual(190);
  });

  it('does not remember a text larger than an eighth of its character bound', () => {
    let calls = 0;
    const memo = textMemo(() => ++calls, 10, 80);
    memo('x'.repeat(11));
    memo('x'.repeat(11));
    expect(calls).toBe(2);
  });

  it('forgets everything on request', () => {
    let calls = 0;
    const memo = textMemo(() => ++calls, 10, 1000);
    memo('a');
    forgetTexts();
    memo('a');
    expect(calls).toBe(2);
  });
});
