import { describe, it, expect } from 'vitest';
import { rule } from './dockerfile-syntax';
import { lint, linesOf } from '../testing';

describe('dockerfile-syntax', () => {
  it('reports an unknown instruction on its line', () => {
    expect(linesOf(rule, 'FROM alpine\nRUNN echo\n')).toEqual([2]);
    expect(lint(rule, 'FROM alpine\nRUNN echo\n')[0].message).toMatch(/Unknown instruction: RUNN/);
  });

  it('reports a missing FROM and an unclosed heredoc', () => {
    expect(lint(rule, 'RUN echo hi\n')[0].message).toMatch(/no FROM/);
    expect(lint(rule, 'FROM a\nRUN <<EOF\necho\n').map((d) => d.message).join()).toMatch(/never closed/);
  });

  it('is silent on valid files, lowercase keywords and a leading ARG', () => {
    expect(lint(rule, 'ARG V=1\nfrom alpine:${V}\nrun echo hi\n')).toEqual([]);
  });

  it('is silent on an empty file', () => {
    expect(lint(rule, '')).toEqual([]);
  });
});
