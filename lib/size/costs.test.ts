import { describe, expect, it } from 'vitest';
import { costs, monthlyTransferBytes, pullSeconds, registryStorageBytes } from './costs';

describe('costs', () => {
  it('pull time: 100 MB at 100 Mbit/s is 8 s', () => {
    expect(pullSeconds(100e6)).toBeCloseTo(8);
    expect(pullSeconds(100e6, 1000)).toBeCloseTo(0.8);
    expect(pullSeconds(1, 0)).toBe(Infinity);
  });
  it('storage: shared layers are stored once', () => {
    expect(registryStorageBytes(100, 10)).toBe(1000);
    expect(registryStorageBytes(100, 10, 20)).toBe(80 + 200);
    expect(registryStorageBytes(100, 0)).toBe(0);
  });
  it('transfer per month', () => {
    expect(monthlyTransferBytes(400e6, 10)).toBe(400e6 * 10 * 30);
    expect(monthlyTransferBytes(1, 2, 3, 10)).toBe(60);
  });
  it('summary uses defaults', () => {
    const c = costs(50e6);
    expect(c.pullSeconds).toBeCloseTo(4);
    expect(c.storageBytes).toBe(500e6);
  });
});
