import { describe, expect, it } from 'vitest';
import baseImagesJson from '../data/base-images.json';
import pythonJson from '../data/python-packages.json';
import alpineJson from '../data/alpine-packages.json';
import defaultsJson from '../data/size-defaults.json';
import measurementsJson from '../data/size-measurements.json';
import aptJson from '../data/apt-packages.json';
import { aptTables, baseImages, defaults } from './data';

describe('bundled size tables', () => {
  it('each starts with a note naming sources and a date', () => {
    for (const t of [baseImagesJson, pythonJson, alpineJson, defaultsJson, measurementsJson] as unknown[][]) {
      const note = t[0] as Record<string, unknown>;
      expect(note._note).toBeTruthy();
      expect(note.source).toBeTruthy();
      expect(note.collected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect((aptJson as { _note: { source: string } })._note.source).toMatch(/Debian/);
  });
  it('apt tables are parallel arrays with valid indexes', () => {
    for (const t of Object.values(aptTables)) {
      if (!t || !('names' in t)) continue;
      expect(t.size.length).toBe(t.names.length);
      expect(t.dep.length).toBe(t.names.length);
      for (const rels of t.dep) for (const r of rels) for (const i of Array.isArray(r) ? r : [r]) expect(i).toBeLessThan(t.names.length);
    }
  });
  it('defaults have sane ranges and ratios are plausible', () => {
    for (const [k, [v, lo, hi]] of Object.entries(defaults)) {
      expect(lo, k).toBeLessThanOrEqual(v);
      expect(hi, k).toBeGreaterThanOrEqual(v);
    }
    for (const r of Object.values(baseImages.ratios)) expect(r.ratio).toBeGreaterThan(0.2);
  });
});
