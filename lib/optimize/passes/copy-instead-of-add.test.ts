import { describe, it, expect } from 'vitest';
import { pass } from './copy-instead-of-add';
import { rewrite, runPass } from '../testing';

describe('copy-instead-of-add', () => {
  it('turns ADD of local files into COPY, keeping flags and casing', () => {
    expect(rewrite(pass, 'FROM x\nADD --chown=1:1 a.txt b/ /app/\n')).toBe('FROM x\nCOPY --chown=1:1 a.txt b/ /app/\n');
    expect(rewrite(pass, 'from x\nadd . /app\n')).toBe('from x\ncopy . /app\n');
    expect(rewrite(pass, 'FROM x\nADD ["a b", "/c"]\n')).toBe('FROM x\nCOPY ["a b", "/c"]\n');
  });
  it('leaves URLs, git sources, archives (ADD unpacks them) and variables', () => {
    for (const src of ['https://x.org/a.txt', 'git@github.com:a/b.git', 'app.tar.gz', 'x.tgz', '$SRC']) {
      expect(runPass(pass, `FROM x\nADD ${src} /opt/\n`).changes).toHaveLength(0);
    }
    expect(runPass(pass, 'FROM x\nADD --checksum=sha256:00 a /b\n').changes).toHaveLength(0);
  });
});
