import { describe, expect, it } from 'vitest';
import { entropy, findSecrets, looksRandom, MASK, maskSecrets } from './index';

const kinds = (text: string) => findSecrets(text).map((f) => f.kind);
const values = (text: string) => findSecrets(text).map((f) => text.slice(f.start, f.end));

// Test fixtures are assembled at run time so that secret scanners do not flag this file.
const AWS = 'AKIA' + 'IOSFODNN7EXAMPLE';
const GHP = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const PAT = 'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGH';
const RANDOM = 'q8Zr2Lk9Xv4Pw7Tn3Hs6Jd1F';

describe('findSecrets', () => {
  it('finds provider tokens wherever they are', () => {
    expect(kinds(`ENV AWS_ACCESS_KEY_ID=${AWS}`)).toEqual(['aws-access-key']);
    expect(values(`RUN git clone https://x:${GHP}@github.com/o/r`)).toContain(GHP);
    expect(kinds(`ARG GH=${PAT}`)).toEqual(['github-token']);
    expect(kinds('RUN echo ' + 'glpat-' + 'abcdefghij0123456789xy')).toEqual(['gitlab-token']);
    expect(kinds('ENV SLACK=' + 'xoxb-' + '123456789012-abcdefABCDEF')).toEqual(['slack-token']);
    expect(kinds('ENV NPM=' + 'npm_' + 'abcdefghijklmnopqrstuvwxyz0123456789')).toEqual(['npm-token']);
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.' + 'eyJzdWIiOiIxMjM0NTY3ODkwIn0.' + 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(kinds(`RUN curl -d ${jwt} x`)).toEqual(['jwt']);
  });

  it('finds private key blocks and masks their body', () => {
    const text = 'RUN mkdir -p /root/.ssh && echo "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----" > /root/.ssh/id\n';
    expect(kinds(text)).toEqual(['private-key']);
    const masked = maskSecrets(text);
    expect(masked).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
    expect(masked).toContain('-----BEGIN OPENSSH PRIVATE KEY-----');
    expect(masked).toContain('-----END OPENSSH PRIVATE KEY-----');
    // a public key or certificate is not a secret
    expect(kinds('RUN echo "-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----"')).toEqual([]);
  });

  it('finds passwords by name, flag, header and URL', () => {
    expect(values('ENV PASSWORD=hunter2')).toEqual(['hunter2']);
    expect(values('ENV DB_PASSWORD hunter2')).toEqual(['hunter2']);
    expect(values('RUN mysql --password=s3cr3t -e "select 1"')).toEqual(['s3cr3t']);
    expect(values('RUN docker login --password "my pass" example.com')).toEqual(['my pass']);
    expect(values('RUN curl -H "Authorization: Bearer abcdef123456" https://api')).toEqual(['abcdef123456']);
    expect(values('RUN curl https://bob:pa55w0rd@example.com/x')).toEqual(['pa55w0rd']);
    expect(values('RUN ./configure password=topsecret')).toEqual(['topsecret']);
  });

  it('finds high-entropy values assigned to secret-looking names only', () => {
    expect(values(`ENV API_TOKEN=${RANDOM}`)).toEqual([RANDOM]);
    expect(values(`ARG MY_SECRET="${RANDOM}"`)).toEqual([RANDOM]);
    expect(values(`ENV SECRET_KEY ${RANDOM}`)).toEqual([RANDOM]);
    expect(values(`RUN export CLIENT_KEY=${RANDOM} && run`)).toEqual([RANDOM]);
    // low entropy or not secret-looking
    expect(kinds('ENV TOKEN_TTL=3600')).toEqual([]);
    expect(kinds(`ENV IMAGE_TAG=${RANDOM}`)).toEqual([]);
    expect(kinds('ENV KEY_FILE=/run/secrets/key')).toEqual([]);
    // the official python image's GPG key fingerprint
    expect(kinds('ENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D')).toEqual([]);
  });

  it('ignores variables, placeholders and the secret-mount way of doing it', () => {
    expect(kinds('ENV PASSWORD=$DB_PASSWORD')).toEqual([]);
    expect(kinds('ARG TOKEN')).toEqual([]);
    expect(kinds('RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) make')).toEqual([]);
    expect(kinds('RUN docker login --password-stdin < /run/secrets/pw')).toEqual([]);
    expect(kinds('ENV PASSWORD=changeme')).toEqual([]);
    expect(kinds('FROM python:3.9\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n')).toEqual([]);
  });

  it('reports lines and a redacted hint that never contains the whole value', () => {
    const text = `FROM alpine\nRUN echo hi\nENV GITHUB_TOKEN=${GHP}\n`;
    const [f] = findSecrets(text);
    expect(f.line).toBe(3);
    expect(f.hint).not.toContain(GHP);
    expect(f.hint).toMatch(/^ghp_… \(40 characters\)$/);
  });

  it('never reports overlapping findings', () => {
    const text = `ENV GITHUB_TOKEN=${GHP} PASSWORD=${GHP}`;
    const found = findSecrets(text);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});

describe('maskSecrets', () => {
  it('replaces each value with *** and keeps everything else', () => {
    const text = `FROM alpine\nENV AWS_ACCESS_KEY_ID=${AWS} PASSWORD=hunter2\nRUN echo ok\n`;
    expect(maskSecrets(text)).toBe(`FROM alpine\nENV AWS_ACCESS_KEY_ID=${MASK} PASSWORD=${MASK}\nRUN echo ok\n`);
  });
  it('keeps quotes around a masked quoted value', () => {
    expect(maskSecrets('RUN mysql --password="a b c"')).toBe(`RUN mysql --password="${MASK}"`);
  });
  it('is the identity without findings', () => {
    const text = 'FROM debian:12\nRUN apt-get update\n';
    expect(maskSecrets(text)).toBe(text);
    expect(findSecrets(maskSecrets(`ENV PASSWORD=hunter2\nENV T=${GHP}`))).toEqual([]);
  });
});

describe('entropy helpers', () => {
  it('measures randomness', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
    expect(looksRandom(RANDOM)).toBe(true);
    expect(looksRandom('production')).toBe(false);
    expect(looksRandom('/usr/local/bin/app')).toBe(false);
  });
});

describe('no catastrophic backtracking', () => {
  const MB = 1_000_000;
  const cases: [string, string][] = [
    ['letters', 'a'.repeat(MB)],
    ['upper', 'A'.repeat(MB)],
    ['AKIA repeated', 'AKIA'.repeat(MB / 4)],
    ['ghp_ repeated', 'ghp_'.repeat(MB / 4)],
    ['eyJ repeated', 'eyJ'.repeat(MB / 3)],
    ['jwt-ish', 'eyJ' + 'a'.repeat(MB) + '.eyJ'],
    ['equals', '='.repeat(MB)],
    ['assignments', 'x='.repeat(MB / 2)],
    ['token names', 'TOKEN='.repeat(MB / 6)],
    ['dotted names', 'a.'.repeat(MB / 2)],
    ['password flags', '--password "'.repeat(MB / 12)],
    ['spaces', ' '.repeat(MB)],
    ['url', 'a://'.repeat(MB / 4)],
    ['url user', 'a://' + 'b'.repeat(MB)],
    ['authorization', 'Authorization: Bearer '.repeat(MB / 22)],
    ['quotes', '"'.repeat(MB)],
    ['begin markers', '-----BEGIN '.repeat(MB / 11)],
    ['ENV line', 'ENV TOKEN ' + 'x'.repeat(MB)],
    ['random', Array.from({ length: MB }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('')],
  ];
  for (const [name, line] of cases) {
    it(`scans a 1 MB line of ${name} quickly`, () => {
      const t0 = performance.now();
      findSecrets(line);
      maskSecrets(line);
      expect(performance.now() - t0).toBeLessThan(1500);
    });
  }
});
