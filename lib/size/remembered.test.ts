import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerfile, mutated } from '../testing/arbitraries';
import { parseDockerfile } from '../model/parse';
import { forgetTexts } from '../text-cache';
import { estimateImage } from './estimate';

const fixtures = readdirSync(join(__dirname, '../optimize/fixtures')).map((f) => readFileSync(join(__dirname, '../optimize/fixtures', f), 'utf8'));
const SEED = 20261128;

/** The estimate with whatever earlier estimates left remembered, and from nothing. */
function warmAndCold(text: string, contextBytes: number | null = null): [string, string] {
  const warm = JSON.stringify(estimateImage(parseDockerfile(text), { contextBytes }));
  forgetTexts();
  return [warm, JSON.stringify(estimateImage(parseDockerfile(text), { contextBytes }))];
}

describe('remembered stages', () => {
  it('give the same estimate as a fresh walk after any edit of a file estimated before', () => {
    const edit = fc.tuple(fc.oneof(dockerfile, mutated, fc.constantFrom(...fixtures)), fc.nat(), fc.constantFrom('', 'RUN apt-get install -y gcc', 'FROM build', 'COPY --from=0 /usr /usr', 'WORKDIR /x', 'ENV A=2'));
    fc.assert(
      fc.property(edit, fc.boolean(), ([text, at, line], sized) => {
        estimateImage(parseDockerfile(text)); // remembered...
        const lines = text.split('\n');
        lines.splice(at % (lines.length + 1), 0, line);
        const [warm, cold] = warmAndCold(lines.join('\n'), sized ? 5e6 : null); // ...then edited
        expect(warm).toBe(cold);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('name the stage, lines and shipped flag of the file at hand, not of the one remembered', () => {
    const stage = 'FROM python:3.12-slim AS app\nRUN pip install flask\n';
    const first = estimateImage(parseDockerfile(stage));
    // the same first stage three lines lower, then a second stage: its walk is reused
    const moved = estimateImage(parseDockerfile(`# note\n\n\n${stage}FROM scratch\n`), { target: 'app' });
    const app = moved.layers.filter((l) => l.stage === 'app');
    expect(app.map((l) => [l.bytes, l.why])).toEqual(first.layers.map((l) => [l.bytes, l.why]));
    expect(app.map((l) => l.line)).toEqual([4, 5]);
    expect(first.layers.every((l) => l.shipped)).toBe(true);
    expect(app.every((l) => l.shipped)).toBe(true);
    expect(moved.layers.filter((l) => l.stage !== 'app').every((l) => !l.shipped)).toBe(true);
  });
});
