import { describe, it, expect } from 'vitest';
import { rule } from './file-removed-in-later-layer';
import { linesOf } from '../testing';

describe('file-removed-in-later-layer', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags removing parts of a copied tree and remote ADD downloads', () => {
    expect(linesOf(rule, 'FROM x\nWORKDIR /app\nCOPY . .\nRUN rm -rf tests docs')).toEqual([4]);
    expect(linesOf(rule, 'FROM x\nADD https://example.com/a.zip /tmp/a.zip\nRUN unzip /tmp/a.zip -d /opt && rm /tmp/a.zip')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nCOPY vendor/ /src/vendor/\nRUN rm -rf /src/vendor/*')).toEqual([3]);
  });
  it('accepts small files, unrelated paths, builder stages and files removed before the copy', () => {
    expect(linesOf(rule, 'FROM x\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY . /app\nRUN rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(linesOf(rule, 'FROM x AS b\nCOPY . /app\nRUN rm -rf /app/tests\nFROM y\nCOPY --from=b /app /app')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nRUN rm -rf /app\nCOPY . /app')).toEqual([]);
  });
});
