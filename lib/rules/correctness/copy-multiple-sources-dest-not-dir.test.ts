import { describe, it, expect } from 'vitest';
import { rule } from './copy-multiple-sources-dest-not-dir';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('copy-multiple-sources-dest-not-dir (DL3021)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags several sources with a destination lacking /', () => {
    for (const c of ['COPY foo bar baz', 'COPY foo bar "baz"', 'COPY ["foo", "bar", "baz"]', 'COPY --chown=1:1 a b c']) expect(linesOf(rule, c), c).toEqual([1]);
  });
  it('accepts one source, a trailing slash and a variable destination', () => {
    for (const c of ['COPY foo bar', 'COPY foo bar baz/', 'COPY foo bar "baz/"', 'COPY ["foo", "bar", "baz/"]', 'COPY a b $DEST']) expect(linesOf(rule, c), c).toEqual([]);
  });
  it('the fix adds the slash, inside quotes when quoted', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toBe(rule.examples.good);
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
    expect(fixOnce(rule, 'FROM x\nCOPY foo bar "baz"')).toBe('FROM x\nCOPY foo bar "baz/"');
  });
});
