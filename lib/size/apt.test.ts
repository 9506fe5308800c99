import { describe, expect, it } from 'vitest';
import { aptInstall, aptSuite, baseInstalled } from './apt';
import { forgetTexts } from '../text-cache';

describe('apt closure from the bundled table', () => {
  const { table } = aptSuite('bookworm');
  it('has a minbase like debootstrap --variant=minbase', () => {
    const base = baseInstalled(table, ['minbase']);
    expect(base.packages.size).toBeGreaterThan(70);
    expect(base.packages.has(table.names.indexOf('apt'))).toBe(true);
  });
  it('adds dependencies not already in the base, and Recommends only when asked', () => {
    const withRec = aptInstall(table, baseInstalled(table, ['minbase']), ['curl'], true);
    const without = aptInstall(table, baseInstalled(table, ['minbase']), ['curl'], false);
    expect(withRec.added).toContain('libcurl4');
    expect(withRec.bytes).toBeGreaterThan(without.bytes);
    expect(without.added).not.toContain('libc6');
  });
  it('build-essential is hundreds of MB; nothing more on a base that has it', () => {
    const inst = baseInstalled(table, ['minbase']);
    const r = aptInstall(table, inst, ['build-essential'], false);
    expect(r.bytes).toBeGreaterThan(200e6);
    expect(aptInstall(table, inst, ['gcc'], false).bytes).toBe(0);
  });
  it('counts unknown names with a default', () => {
    const r = aptInstall(table, baseInstalled(table, []), ['no-such-package-xyz'], false);
    expect(r.unknown).toEqual(['no-such-package-xyz']);
    expect(r.bytes).toBeGreaterThan(0);
  });
  it('remembers an install: the same history gives the same result and the same packages', () => {
    const a = baseInstalled(table, ['minbase']);
    const b = baseInstalled(table, ['minbase']);
    expect(a.id).toBe(b.id);
    const first = [aptInstall(table, a, ['curl'], true), aptInstall(table, a, ['git'], false)];
    const again = [aptInstall(table, b, ['curl'], true), aptInstall(table, b, ['git'], false)];
    expect(again).toEqual(first);
    expect([...b.packages].sort()).toEqual([...a.packages].sort());
    expect(b.id).toBe(a.id);
    // another order is another history (alternatives are chosen by what is there already)
    const c = baseInstalled(table, ['minbase']);
    aptInstall(table, c, ['git'], false);
    aptInstall(table, c, ['curl'], true);
    expect(c.id).not.toBe(a.id);
  });
  it('gives the same result remembered as computed afresh', () => {
    const history = (inst: ReturnType<typeof baseInstalled>) => [aptInstall(table, inst, ['python3'], true), aptInstall(table, inst, ['gcc', 'make'], false)];
    const warm = baseInstalled(table, ['minbase']);
    history(baseInstalled(table, ['minbase'])); // remembered...
    const remembered = history(warm); // ...and reused
    forgetTexts();
    const fresh = baseInstalled(table, ['minbase']);
    expect(history(fresh)).toEqual(remembered);
    expect([...fresh.packages].sort()).toEqual([...warm.packages].sort());
  });
  it('resolves trixie when the table has it', () => {
    expect(aptSuite('trixie').name).toBe('trixie');
  });
});
