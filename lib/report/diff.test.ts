import { describe, it, expect } from 'vitest';
import { unifiedDiff } from './diff';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a', 'b')).toBe('');
  });

  it('shows a changed line with context and correct hunk ranges', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const b = a.replace('5\n', 'five\n');
    expect(unifiedDiff(a, b, 'Dockerfile', 'Dockerfile.optimized')).toBe(
      ['--- Dockerfile', '+++ Dockerfile.optimized', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'),
    );
  });

  it('keeps far-apart changes in separate hunks', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const b = [...lines];
    b[2] = 'x';
    b[25] = 'y';
    const d = unifiedDiff(lines.join('\n'), b.join('\n'), 'a', 'b');
    expect(d.match(/^@@/gm)).toHaveLength(2);
    expect(d).toContain('@@ -23,7 +23,7 @@');
  });

  it('handles insertions at the start and end', () => {
    const d = unifiedDiff('a\n', 'top\na\nend\n', 'x', 'y');
    expect(d).toContain('+top');
    expect(d).toContain('+end');
    expect(d).toContain('@@ -1,1 +1,3 @@');
  });
});
