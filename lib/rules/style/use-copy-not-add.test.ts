import { describe, it, expect } from 'vitest';
import { rule } from './use-copy-not-add';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('use-copy-not-add (DL3020)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags plain files, zip archives (ADD does not unpack them) and exec form', () => {
    for (const a of ['ADD file /usr/src/app/', 'ADD file.zip /usr/src/app/', 'ADD "file.zip" /usr/src/app/', 'ADD ["a b", "/c/"]', 'ADD --chown=1:1 src/ /app/']) {
      expect(linesOf(rule, a), a).toEqual([1]);
    }
  });
  it('accepts archives, URLs and variables', () => {
    for (const a of ['ADD file.tar /usr/src/app/', 'ADD file.gz /usr/src/app/', 'ADD file.bz2 /usr/src/app/', 'ADD file.xz /usr/src/app/', 'ADD file.tgz /usr/src/app/', 'ADD http://file.com /usr/src/app/', 'ADD "file.tgz" /usr/src/app/', 'ADD "http://file.com" /usr/src/app/', 'ADD ${SRC} /x/', 'COPY file /x/']) {
      expect(linesOf(rule, a), a).toEqual([]);
    }
  });
  it('the fix turns ADD into COPY when every source is a plain file', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toBe(rule.examples.good);
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
    expect(fixOnce(rule, 'FROM x\nadd --chown=1:1 a /b/')).toBe('FROM x\ncopy --chown=1:1 a /b/');
    expect(lint(rule, 'FROM x\nADD a.txt https://x/y.tgz /b/')[0].fix).toBeNull();
  });
});
