import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { decompressBounded } from './boundedDecompress';
import {
  MAX_FRAGMENT_CHARS,
  buildPermalink,
  decodeFragment,
  encodeState,
  validateState,
  type PermalinkState,
} from './index';

const state: PermalinkState = {
  v: 1,
  text: 'FROM python:3.9\nWORKDIR /app\nRUN pip install -r requirements.txt\n',
  tab: 'layers',
  options: { target: 'builder', contextBytes: 1234 },
};

describe('permalink round trip', () => {
  it('restores text, tab and options', () => {
    const result = decodeFragment('#' + encodeState(state));
    expect(result).toEqual({ ok: true, state: { ...state, dockerignore: null } });
  });

  it('keeps the .dockerignore and unicode text', () => {
    const s: PermalinkState = { ...state, text: 'FROM alpine\n# 한국어 ✓ \u200f\0', dockerignore: 'node_modules\n.git' };
    const result = decodeFragment(encodeState(s));
    expect(result?.ok && result.state.text).toBe(s.text);
    expect(result?.ok && result.state.dockerignore).toBe('node_modules\n.git');
  });

  it('keeps a pasted requirements.txt, and drops one that is not text or too long', () => {
    const s: PermalinkState = { ...state, requirements: 'flask==3.0.3\n' };
    const result = decodeFragment(encodeState(s));
    expect(result?.ok && result.state.requirements).toBe('flask==3.0.3\n');
    expect(validateState({ ...state, requirements: 42 })).toEqual({ ok: true, state: { ...state, dockerignore: null } });
    expect(validateState({ ...state, requirements: 'x'.repeat(3_000_000) })).toEqual({ ok: true, state: { ...state, dockerignore: null } });
  });

  it('builds a URL that replaces an existing fragment', () => {
    const url = buildPermalink('http://localhost:3000/#old', state);
    expect(url.startsWith('http://localhost:3000/#s=')).toBe(true);
    expect(decodeFragment(new URL(url).hash)?.ok).toBe(true);
  });

  it('tolerates + turned into spaces and percent-encoding', () => {
    const frag = encodeState({ ...state, text: 'x'.repeat(50) + '~~~??>>>' });
    expect(decodeFragment(frag.replace(/\+/g, ' '))?.ok).toBe(true);
    expect(decodeFragment(frag.replace(/\$/g, '%24'))?.ok).toBe(true);
  });
});

describe('bounded decompression matches lz-string', () => {
  const samples = ['a', 'hello hello hello', 'FROM alpine:3.19\nRUN apk add curl\n'.repeat(200), '한국어 텍스트 \u{1F433}', ''];
  for (const text of samples) {
    it(`round-trips ${JSON.stringify(text.slice(0, 20))}`, () => {
      const c = compressToEncodedURIComponent(text);
      const ours = decompressBounded(c, 10_000_000);
      expect(ours).toEqual({ ok: true, text: decompressFromEncodedURIComponent(c) });
    });
  }
  it('round-trips pseudo-random text', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const text = Array.from({ length: 5000 }, () => String.fromCharCode(32 + Math.floor(rand() * 2000))).join('');
    expect(decompressBounded(compressToEncodedURIComponent(text), 1e7)).toEqual({ ok: true, text });
  });
});

describe('hostile and broken fragments', () => {
  it('ignores fragments that carry no state', () => {
    expect(decodeFragment('')).toBeNull();
    expect(decodeFragment('#')).toBeNull();
    expect(decodeFragment('#layers')).toBeNull();
  });

  it('rejects a truncated link as corrupt', () => {
    const frag = encodeState({ ...state, text: 'FROM debian\n'.repeat(100) + 'RUN echo unique-tail-123456789' });
    const cut = frag.slice(0, Math.floor(frag.length / 2));
    const result = decodeFragment(cut);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && ['corrupt', 'invalid'].includes(result.error.code)).toBe(true);
  });

  it('rejects characters outside the alphabet', () => {
    expect(decodeFragment('#s=abc!!def')).toEqual({ ok: false, error: expect.objectContaining({ code: 'corrupt' }) });
    expect(decodeFragment('#s=%E0%A4%A')).toEqual({ ok: false, error: expect.objectContaining({ code: 'corrupt' }) });
  });

  it('rejects an over-long fragment before decoding it', () => {
    const result = decodeFragment('#s=' + 'A'.repeat(MAX_FRAGMENT_CHARS + 10));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'too-long' }) });
  });

  it('stops a decompression bomb at the cap', () => {
    // 3 MB of one character compresses to a few KB; it must not be unpacked.
    const bomb = compressToEncodedURIComponent(JSON.stringify({ v: 1, text: 'A'.repeat(3_000_000), tab: 'issues', options: {} }));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    const started = Date.now();
    const result = decodeFragment('#s=' + bomb);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'too-large' }) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects valid lz-string data that is not a state', () => {
    const notJson = compressToEncodedURIComponent('hello');
    expect(decodeFragment('#s=' + notJson)).toEqual({ ok: false, error: expect.objectContaining({ code: 'corrupt' }) });
    const wrongShape = compressToEncodedURIComponent(JSON.stringify({ v: 1, text: 42 }));
    expect(decodeFragment('#s=' + wrongShape)).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid' }) });
    const array = compressToEncodedURIComponent('[1,2]');
    expect(decodeFragment('#s=' + array)).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid' }) });
  });

  it('names an unknown version', () => {
    for (const v of [0, 2, '1']) {
      const frag = compressToEncodedURIComponent(JSON.stringify({ v, text: 'FROM x', tab: 'issues', options: {} }));
      const result = decodeFragment('#s=' + frag);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unsupported-version' }) });
      expect(result && !result.ok && result.error.message).toMatch(/version/);
    }
  });

  it('drops unknown tabs and bad options instead of failing', () => {
    const result = validateState({ v: 1, text: 'FROM x', tab: 'nope', options: { target: 5, contextBytes: -1, evil: '<script>' } });
    expect(result).toEqual({ ok: true, state: { v: 1, text: 'FROM x', dockerignore: null, tab: 'issues', options: {} } });
  });

  it('carries the optimizer profile and switched-off changes, and older links without them still open', () => {
    const withOptimizer: PermalinkState = { ...state, options: { ...state.options, profile: 'safe', disabledChanges: ['multi-stage-python', 'non-root-user'] } };
    expect(decodeFragment(encodeState(withOptimizer))).toEqual({ ok: true, state: { ...withOptimizer, dockerignore: null } });
    // a link made before these options existed
    const old = compressToEncodedURIComponent(JSON.stringify({ v: 1, text: 'FROM x', tab: 'optimized', options: { contextBytes: 5 } }));
    expect(decodeFragment('#s=' + old)).toEqual({ ok: true, state: { v: 1, text: 'FROM x', dockerignore: null, tab: 'optimized', options: { contextBytes: 5 } } });
    // junk is dropped, the default profile is not stored
    const junk = validateState({ v: 1, text: 'FROM x', tab: 'issues', options: { profile: 'recommended', disabledChanges: ['ok-id', 7, '<b>', 'ok-id'] } });
    expect(junk.ok && junk.state.options).toEqual({ disabledChanges: ['ok-id'] });
    const bad = validateState({ v: 1, text: 'FROM x', tab: 'issues', options: { profile: 'huge', disabledChanges: 'x' } });
    expect(bad.ok && bad.state.options).toEqual({});
  });
});
