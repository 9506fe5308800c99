import { describe, it, expect } from 'vitest';
import { rule, secretFileKind } from './secret-file-copied';
import { linesOf } from '../testing';

describe('secret-file-copied', () => {
  it('flags keys and credential files', () => {
    expect(linesOf(rule, 'FROM alpine\nCOPY id_rsa /root/.ssh/id_rsa\nCOPY .env .npmrc ./\nADD .aws/credentials /root/.aws/\n')).toEqual([2, 3, 3, 4]);
    expect(linesOf(rule, 'FROM alpine\nCOPY ["certs/server-key.pem", "/etc/ssl/"]\nONBUILD COPY .pypirc /root/\n')).toEqual([2, 3]);
  });
  it('accepts public keys, certificates, examples and --from copies', () => {
    expect(linesOf(rule, 'FROM alpine\nCOPY id_rsa.pub ca.pem cert.crt .env.example nodesource-repo.gpg.key ./\nCOPY --from=build /root/.npmrc /x\n')).toEqual([]);
  });
  it('classifies paths', () => {
    expect(secretFileKind('deploy/.ssh/')).toBe('an SSH key directory');
    expect(secretFileKind('home/.docker/config.json')).toBe('Docker registry credentials');
    expect(secretFileKind('service-account-prod.json')).toBe('a service-account key');
    expect(secretFileKind('config.json')).toBeNull();
    expect(secretFileKind('.env.production')).not.toBeNull();
  });
});
