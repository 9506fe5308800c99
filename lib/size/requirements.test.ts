import { describe, expect, it } from 'vitest';
import { parseRequirements } from './requirements';

const none = () => null;

describe('parseRequirements', () => {
  it('reads names past versions, extras, markers, hashes and comments', () => {
    const r = parseRequirements(
      [
        '# web',
        'Django[argon2]>=4.2,<5  # pinned below 5',
        'psycopg2-binary==2.9.9 ; python_version >= "3.8"',
        'numpy==1.26.4 \\',
        '    --hash=sha256:abc',
        'requests',
        'requests>=2',
        '',
      ].join('\n'),
      'requirements.txt',
      none,
    );
    expect(r.names).toEqual(['django', 'psycopg2-binary', 'numpy', 'requests']);
    expect(r.local).toBe(0);
  });

  it('follows nested -r files relative to the including file, and says which it could not read', () => {
    const texts: Record<string, string> = { 'req/base.txt': 'flask\n-r ../common.txt\n', 'common.txt': 'gunicorn\n' };
    const r = parseRequirements('-r base.txt\n--requirement=missing.txt\ncelery\n', 'req/prod.txt', (p) => texts[p] ?? null);
    expect(r.names).toEqual(['flask', 'gunicorn', 'celery']);
    expect(r.missing).toEqual(['req/missing.txt']);
  });

  it('counts local projects and URLs, skips option values, and notices CPU-only indexes', () => {
    const r = parseRequirements(
      '--extra-index-url https://download.pytorch.org/whl/cpu\n-c constraints.txt\n-e .\n./libs/tool\ngit+https://github.com/x/y.git\ntorch\n',
      'requirements.txt',
      none,
    );
    expect(r.names).toEqual(['torch']);
    expect(r.local).toBe(3);
    expect(r.cpuIndex).toBe(true);
    expect(parseRequirements('torch==2.3.0+cpu\n', 'r.txt', none).cpuIndex).toBe(true);
    expect(parseRequirements('torch==2.3.0\n', 'r.txt', none).cpuIndex).toBe(false);
  });

  it('stops on include cycles', () => {
    const texts: Record<string, string> = { 'a.txt': '-r b.txt\nflask\n', 'b.txt': '-r a.txt\nclick\n' };
    expect(parseRequirements(texts['a.txt'], 'a.txt', (p) => texts[p] ?? null).names).toEqual(['click', 'flask']);
  });
});
