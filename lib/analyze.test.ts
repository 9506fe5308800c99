import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze } from './analyze';
import { dockerfile, mutated } from './testing/arbitraries';

const SEED = Number(process.env.FC_SEED ?? 20261128);

function checkResult(text: string) {
  const t = performance.now();
  const r = analyze(text);
  const ms = performance.now() - t;
  expect(r.model).toBeTruthy();
  // a rule that throws is caught by the engine and named in the notice: that is still a bug
  expect(r.notice ?? '').not.toMatch(/could not run/);
  for (const d of r.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.line).toBeLessThanOrEqual(r.model.lines.length);
  }
  expect(ms).toBeLessThan(2000);
}

describe('analyze (properties)', () => {
  it('never throws on generated Dockerfiles and reports lines inside the file', () => {
    fc.assert(fc.property(dockerfile, checkResult), { seed: SEED, numRuns: 400 });
  });

  it('never throws on damaged Dockerfiles', () => {
    fc.assert(fc.property(mutated, checkResult), { seed: SEED + 1, numRuns: 400 });
  });

  it('never throws with a build context of any shape: odd paths, requirement lists of any text', () => {
    const path = fc.stringMatching(/^[a-z.*?/\[\]-]{1,12}$/);
    const context = fc.record({
      files: fc.option(fc.dictionary(path, fc.nat({ max: 1e9 }), { maxKeys: 12 }), { nil: null }),
      texts: fc.dictionary(fc.constantFrom('requirements.txt', 'req/base.txt', 'requirements/prod.txt'), fc.string({ maxLength: 200 }), { maxKeys: 3 }),
      requirements: fc.option(fc.string({ maxLength: 200 }), { nil: null }),
      partial: fc.boolean(),
      id: fc.string({ maxLength: 8 }),
    });
    fc.assert(
      fc.property(dockerfile, context, (text, ctx) => {
        const r = analyze(text, { context: ctx });
        for (const l of r.layers) expect(Number.isFinite(l.bytes) && l.bytes >= 0).toBe(true);
        if (r.image) expect(Number.isFinite(r.image.bytes)).toBe(true);
      }),
      { seed: SEED + 3, numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkResult), { seed: SEED + 2, numRuns: 300 });
  });
});

describe('analyze', () => {
  it('says when the input was cut', () => {
    const r = analyze('FROM alpine\n' + 'RUN echo hello world\n'.repeat(16_000));
    expect(r.notice).toMatch(/first [\d,]+ lines were analysed/);
  });

  it('leaves out the optimizer for very large files and says so', () => {
    const r = analyze('FROM alpine\n' + 'RUN echo hello\n'.repeat(500));
    expect(r.optimized).toBeNull();
    expect(r.notice).toMatch(/too large to optimize/);
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it('keeps timings per stage for the benchmarks', () => {
    const r = analyze('FROM alpine\nRUN echo hi\n');
    expect(Object.keys(r.timings)).toEqual(expect.arrayContaining(['parse', 'rules']));
  });
});
