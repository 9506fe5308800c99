import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dockerfile, mutated } from '../testing/arbitraries';
import { parseDockerfile } from './parse';
import { partStarts } from './parts';
import { forgetTexts } from '../text-cache';
import { computeLineStarts, PositionMap } from './positions';

/** What the whole-document parse says: each instruction's and comment's offsets. */
function wholeParse(text: string): { instructions: [string, number, number][]; comments: [number, number][] } {
  const parseText = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const ast = DockerfileParser.parse(parseText);
  const pm = new PositionMap(text, computeLineStarts(text));
  const span = (r: Parameters<PositionMap['fromLsp']>[0]) => pm.fromLsp(r);
  return {
    instructions: ast.getInstructions().map((i) => [i.getKeyword().toUpperCase(), span(i.getRange()).startOffset, span(i.getRange()).endOffset]),
    comments: ast.getComments().map((c) => [span(c.getRange()).startOffset, span(c.getRange()).endOffset]),
  };
}

function partsParse(text: string): ReturnType<typeof wholeParse> {
  const m = parseDockerfile(text);
  return {
    instructions: m.instructions.map((i) => [i.keyword, i.span.startOffset, i.span.endOffset]),
    comments: m.comments.map((c) => [c.span.startOffset, c.span.endOffset]),
  };
}

const fixtures = readdirSync(join(__dirname, '../optimize/fixtures')).map((f) => readFileSync(join(__dirname, '../optimize/fixtures', f), 'utf8'));

describe('parsing by parts', () => {
  it('cuts before each instruction, not inside a continuation or after a heredoc', () => {
    expect(partStarts(['FROM a', 'RUN x', '', 'FROM b', 'RUN y'])).toEqual([0, 1, 3, 4]);
    expect(partStarts(['FROM a', 'RUN x \\', '', '# note', 'FROM b'])).toEqual([0, 1]);
    expect(partStarts(['FROM a', 'RUN <<EOF', 'FROM b', 'EOF', 'FROM c'])).toEqual([0, 1]);
    expect(partStarts(['# syntax=docker/dockerfile:1', 'FROM a', 'from b AS c'])).toEqual([0, 2]);
  });

  it('finds what a whole-document parse finds, on the fixtures joined together', () => {
    const joined = fixtures.join('\n');
    expect(partsParse(joined)).toEqual(wholeParse(joined));
  });

  it('keeps the escape directive for the whole file', () => {
    const text = '# escape=`\nFROM a\nRUN echo `\n  hi\nFROM b\nRUN x `\n  y\n';
    const m = parseDockerfile(text);
    expect(m.escapeChar).toBe('`');
    expect(m.instructions.map((i) => i.argsText)).toEqual(['a', 'echo   hi', 'b', 'x   y']);
  });

  it('agrees with a whole-document parse on generated and mutated files', () => {
    const damagedFixtures = fc
      .tuple(
        fc.array(fc.constantFrom(...fixtures), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('FROM x', 'from y AS z', 'RUN a \\', '# c', '', '  FROM w', 'RUN <<EOF', 'EOF', 'RUN b \\ ')), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([files, inserts, eol]) => {
        const lines = files.join('\n').split('\n');
        for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
        return lines.join(eol);
      });
    fc.assert(
      fc.property(fc.oneof(dockerfile, mutated, damagedFixtures), (text) => {
        expect(partsParse(text)).toEqual(wholeParse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('places remembered parts exactly where a fresh parse puts them', () => {
    const serialise = (text: string) => JSON.stringify(parseDockerfile(text), (_k, v) => (v instanceof Int32Array ? Array.from(v) : v));
    fc.assert(
      fc.property(fc.oneof(dockerfile, mutated), fc.oneof(dockerfile, mutated), fc.constantFrom('', '\n', '# c\n', '\r\n'), (a, b, glue) => {
        parseDockerfile(a); // its parts are remembered...
        const shifted = b + glue + a; // ...and found again lower in this file
        const warm = serialise(shifted);
        forgetTexts();
        expect(warm).toBe(serialise(shifted));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same model a second time, when the trees come from the cache', () => {
    const text = fixtures.join('\n');
    const a = parseDockerfile(text);
    const b = parseDockerfile(text);
    expect(JSON.stringify(b.instructions.map((i) => [i.span, i.words, i.flags, i.heredocs]))).toBe(
      JSON.stringify(a.instructions.map((i) => [i.span, i.words, i.flags, i.heredocs])),
    );
  });
});
