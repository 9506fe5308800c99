import { describe, expect, it } from 'vitest';
import { Vfs, normPath, isUnder } from './vfs';

describe('vfs', () => {
  it('normalises paths against the workdir', () => {
    expect(normPath('dist/', '/app')).toBe('/app/dist');
    expect(normPath('/var/lib/apt/lists/*')).toBe('/var/lib/apt/lists');
    expect(normPath('./x/../y', '/w')).toBe('/w/y');
    expect(normPath('.', '/app')).toBe('/app');
  });
  it('tells same-layer removals from earlier-layer waste', () => {
    const v = new Vfs();
    v.add({ path: '/var/lib/apt/lists', bytes: 20, low: 20, high: 20, layer: 1, label: 'lists' });
    v.add({ path: '/root/.cache/pip', bytes: 50, low: 40, high: 60, layer: 2, label: 'pip' });
    const r = v.remove('/var/lib/apt/lists', 2);
    expect(r.sameLayer).toBe(0);
    expect(r.earlier.get(1)).toBe(20);
    const r2 = v.remove('/root/.cache', 2);
    expect(r2.sameLayer).toBe(50);
    expect(v.total()).toBe(0);
  });
  it('sums what is under a path and reports covering entries', () => {
    const v = new Vfs();
    v.add({ path: '/opt/venv', bytes: 100, low: 50, high: 200, layer: 1, label: 'venv' });
    v.add({ path: '/', bytes: 1000, low: 1000, high: 1000, layer: 0, label: 'base' });
    expect(v.under('/opt/venv').bytes).toBe(100);
    expect(v.under('/opt/venv/lib').covering.map((e) => e.label)).toEqual(['venv', 'base']);
    expect(isUnder('/a/b', '/a')).toBe(true);
    expect(isUnder('/ab', '/a')).toBe(false);
  });
});
