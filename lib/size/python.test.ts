import { describe, expect, it } from 'vitest';
import { pipInstall, requirementName } from './python';

describe('pip sizes', () => {
  it('parses requirement names', () => {
    expect(requirementName('Django[argon2]>=4.2')).toBe('django');
    expect(requirementName('./dist/x.whl')).toBeNull();
    expect(requirementName('scikit_learn==1.5')).toBe('scikit-learn');
  });
  it('includes dependencies once', () => {
    const seen = new Set<string>();
    const pandas = pipInstall(['pandas'], seen);
    expect(pandas.count).toBeGreaterThan(1);
    const again = pipInstall(['numpy'], seen);
    expect(again.installed).toBe(0);
  });
  it('torch defaults to the CUDA build on Linux, CPU index is much smaller', () => {
    const cuda = pipInstall(['torch'], new Set());
    const cpu = pipInstall(['torch'], new Set(), true);
    expect(cuda.installed).toBeGreaterThan(2e9);
    expect(cpu.installed).toBeLessThan(cuda.installed / 3);
  });
});
