/** The diff's minimal edit: applying it gives the new text, and it never cuts a pair or a CRLF. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spliceBetween } from './minimalEdit';

const apply = (from: string, s: NonNullable<ReturnType<typeof spliceBetween>>) => from.slice(0, s.start) + s.text + from.slice(s.end);
const cutsPair = (text: string, at: number) => at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at]);
const cutsCrlf = (text: string, at: number) => at > 0 && text[at - 1] === '\r' && text[at] === '\n';

describe('spliceBetween', () => {
  it('keeps the common start and end', () => {
    const from = 'FROM python:3.9\nRUN pip install -r requirements.txt\nCMD ["python"]\n';
    const to = 'FROM python:3.9\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python"]\n';
    expect(spliceBetween(from, to)).toEqual({ start: 33, end: 33, text: '-no-cache-dir -' });
    expect(spliceBetween(from, from)).toBeNull();
  });

  it('does not split a CRLF or a surrogate pair', () => {
    expect(spliceBetween('a\r\nb', 'a\rb')).toEqual({ start: 1, end: 3, text: '\r' });
    const s = spliceBetween('x\ud83d\ude00', 'x\ud83d\ude01');
    expect(s).toEqual({ start: 1, end: 3, text: '\ud83d\ude01' });
  });

  it('always turns one text into the other, with whole pairs and line ends at its edges', () => {
    const piece = fc.constantFrom('a', 'b', '\n', '\r\n', '\r', '😀', '😁', ' ');
    const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const s = spliceBetween(from, to);
        if (from === to) return s === null;
        expect(s).not.toBeNull();
        expect(apply(from, s!)).toBe(to);
        for (const at of [s!.start, s!.end]) {
          expect(cutsPair(from, at) || cutsCrlf(from, at)).toBe(false);
        }
        const toEnd = s!.start + s!.text.length;
        for (const at of [s!.start, toEnd]) {
          expect(cutsPair(to, at) || cutsCrlf(to, at)).toBe(false);
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
