import { describe, it, expect } from 'vitest';
import { rule } from './add-remote-without-checksum';
import { linesOf } from '../testing';

describe('add-remote-without-checksum', () => {
  it('flags remote ADD without a checksum', () => {
    expect(linesOf(rule, 'FROM alpine\nADD https://example.com/a.tgz /tmp/\nADD ["http://example.com/b", "/b"]\nONBUILD ADD https://x/y /y\n')).toEqual([2, 3, 4]);
  });
  it('accepts checksums, local files and git sources', () => {
    expect(linesOf(rule, 'FROM alpine\nADD --checksum=sha256:abc https://example.com/a.tgz /tmp/\nADD app.tgz /app\nADD https://github.com/moby/buildkit.git#v0.10.1 /src\n')).toEqual([]);
  });
});
