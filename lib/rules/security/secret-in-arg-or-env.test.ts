import { describe, it, expect } from 'vitest';
import { rule, looksLikeSecretName } from './secret-in-arg-or-env';
import { linesOf } from '../testing';

describe('secret-in-arg-or-env', () => {
  it('matches BuildKit on its reference file', () => {
    const text = '\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\n';
    expect(linesOf(rule, text)).toEqual([3, 4, 5, 5, 6, 6, 7, 8]);
  });
  it('matches whole name parts only', () => {
    expect(looksLikeSecretName('MONKEY')).toBe(false);
    expect(looksLikeSecretName('AUTHOR')).toBe(false);
    expect(looksLikeSecretName('GPG_KEY')).toBe(true);
    expect(looksLikeSecretName('DB_PASSWORD')).toBe(true);
    expect(looksLikeSecretName('NPM_TOKEN')).toBe(true);
    expect(looksLikeSecretName('TOKENIZER_PATH')).toBe(false);
  });
  it('accepts ordinary names', () => {
    expect(linesOf(rule, 'FROM alpine\nARG VERSION=1\nENV PATH=/x:$PATH NODE_ENV=production\n')).toEqual([]);
  });
});
