import { describe, it, expect } from 'vitest';
import { rule } from './from-image-without-tag';
import { linesOf } from '../testing';

describe('from-image-without-tag (DL3006)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([1]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags untagged images, with or without an alias', () => {
    expect(linesOf(rule, 'FROM debian')).toEqual([1]);
    expect(linesOf(rule, 'FROM debian AS builder')).toEqual([1]);
    expect(linesOf(rule, 'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz')).toEqual([3]);
    expect(linesOf(rule, 'FROM golang:1.9.3-alpine3.7 AS build\nONBUILD RUN foo\nFROM node as unit-test\nONBUILD RUN bar')).toEqual([3]);
  });
  it('accepts digests, tags, variables, scratch and earlier stages', () => {
    for (const f of [
      'FROM ruby@sha256:f1dbca0f5dbc9',
      'FROM ruby:2',
      'FROM ${VALUE}',
      'FROM scratch',
      'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz',
      'FROM localhost:5000/app:1.0',
      'ARG TAG=3\nFROM python:${TAG}',
    ]) {
      expect(linesOf(rule, f), f).toEqual([]);
    }
  });
  it('a registry port is not a tag', () => {
    expect(linesOf(rule, 'FROM localhost:5000/app')).toEqual([1]);
  });
});
