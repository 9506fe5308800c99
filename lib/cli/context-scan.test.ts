import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanContext } from './context-scan';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-ctx-'));
  for (const [p, body] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  return dir;
}

describe('scanContext', () => {
  it('sizes what .dockerignore lets through and reads the requirement lists', () => {
    const dir = folder({
      'app.py': 'x'.repeat(100),
      'requirements.txt': 'flask\n',
      'requirements/dev.txt': 'pytest\n',
      '.git/objects/pack': 'y'.repeat(5_000),
      'node_modules/a/index.js': 'z'.repeat(3_000),
      'node_modules/keep/me.js': 'k'.repeat(7),
    });
    const c = scanContext(dir, '.git\nnode_modules\n!node_modules/keep\n')!;
    expect(Object.keys(c.files).sort()).toEqual(['app.py', 'node_modules/keep/me.js', 'requirements.txt', 'requirements/dev.txt']);
    expect(c.files['app.py']).toBe(100);
    expect(c.texts).toEqual({ 'requirements.txt': 'flask\n', 'requirements/dev.txt': 'pytest\n' });
    expect(c.partial).toBe(false);
    expect(scanContext(dir, null)!.files['.git/objects/pack']).toBe(5_000);
  });

  it('stops at its limits and says the context was read in part', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`f${i}.txt`] = 'x';
    const c = scanContext(folder(files), null, { maxEntries: 10, maxMillis: 10_000, maxTextBytes: 1_000, maxTexts: 10 })!;
    expect(c.partial).toBe(true);
    expect(Object.keys(c.files).length).toBeLessThanOrEqual(10);
  });

  it('gives null for a folder it cannot read', () => {
    expect(scanContext(join(tmpdir(), 'layerlab-no-such-folder-xyz'), null)).toBeNull();
  });
});
