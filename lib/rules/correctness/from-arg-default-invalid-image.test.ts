import { describe, it, expect } from 'vitest';
import { rule } from './from-arg-default-invalid-image';
import { linesOf } from '../testing';
import { isValidImageReference } from './_image-reference';

describe('from-arg-default-invalid-image', () => {
  it('flags defaults that leave an empty tag or an empty name', () => {
    expect(linesOf(rule, '\nARG VERSION\nFROM busybox:$VERSION\n')).toEqual([3]);
    expect(linesOf(rule, '\nARG IMAGE\nFROM $IMAGE\n')).toEqual([3]);
    expect(linesOf(rule, '\nARG SFX="box:"\nFROM busy${SFX}\n')).toEqual([3]);
  });
  it('accepts defaults that make a valid name', () => {
    expect(linesOf(rule, '\nARG VERSION="latest"\nFROM busybox:${VERSION}\n')).toEqual([]);
    expect(linesOf(rule, '\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n')).toEqual([]);
    expect(linesOf(rule, '\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t')).toEqual([]);
    expect(linesOf(rule, 'ARG REG=ghcr.io\nARG TAG=1.2\nFROM ${REG}/org/app:${TAG:-1}\n')).toEqual([]);
  });
  it('leaves undeclared variables to the other rule', () => {
    expect(linesOf(rule, 'FROM $NOPE\n')).toEqual([]);
  });
  it('validates references', () => {
    for (const ok of ['alpine', 'alpine:3.20', 'ghcr.io/a/b:1', 'localhost:5000/x', `a@sha256:${'a'.repeat(64)}`]) expect(isValidImageReference(ok)).toBe(true);
    for (const bad of ['', 'busybox:', 'Busybox', 'a/:x', 'a@sha256:zz']) expect(isValidImageReference(bad)).toBe(false);
  });
});
