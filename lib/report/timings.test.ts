import { describe, it, expect } from 'vitest';
import { renderTimings } from './timings';

describe('renderTimings', () => {
  it('summarises files up to 300 lines apart from longer ones, naming the slowest', () => {
    const small = Array.from({ length: 100 }, (_, i) => ({ path: `f${i}`, lines: 20, ms: i + 1 }));
    const text = renderTimings([...small, { path: 'huge', lines: 5000, ms: 400 }]);
    expect(text).toContain('for 101 files');
    expect(text).toMatch(/up to 300 lines: 100 files, median 51\.0 ms, p90 91\.0 ms, p99 100\.0 ms/);
    expect(text).toContain('slowest 100.0 ms: f99 (20 lines)');
    expect(text).toMatch(/over 300 lines: 1 file, median 400\.0 ms/);
    expect(text).toContain('slowest 400.0 ms: huge (5000 lines)');
  });

  it('says when nothing was analysed, and leaves out an empty class', () => {
    expect(renderTimings([])).toBe('timings: no file was analysed\n');
    const text = renderTimings([{ path: 'Dockerfile', lines: 6, ms: 1.234 }]);
    expect(text).toContain('up to 300 lines: 1 file, median 1.23 ms');
    expect(text).not.toContain('over 300 lines');
  });
});
