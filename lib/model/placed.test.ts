import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse';
import { placed } from './placed';

const TEXT = 'FROM alpine AS base\nRUN --mount=type=cache,target=/root/.cache \\\n    apk add curl && echo "a b"\nENV A=1 B="two words"\nCOPY <<EOF /etc/x\nhello\nEOF\nONBUILD RUN echo hi\n';

describe('placing an instruction further into the file', () => {
  const model = parseDockerfile(TEXT);
  const shifted = (i: number) => placed(model.instructions[i], i, 100, 7);

  it('shifts every nested position by the same offset and lines', () => {
    model.instructions.forEach((ins, i) => {
      const moved = shifted(i);
      expect(moved.span.startOffset).toBe(ins.span.startOffset + 100);
      expect(moved.span.start.line).toBe(ins.span.start.line + 7);
      expect(moved.span.start.column).toBe(ins.span.start.column);
      expect(moved.words.map((w) => [w.value, w.span.startOffset, w.span.end.line])).toEqual(ins.words.map((w) => [w.value, w.span.startOffset + 100, w.span.end.line + 7]));
      expect(moved.flags.map((f) => f.span.endOffset)).toEqual(ins.flags.map((f) => f.span.endOffset + 100));
      expect(moved.pairs.map((p) => p.span.start.line)).toEqual(ins.pairs.map((p) => p.span.start.line + 7));
      expect(moved.heredocs.map((h) => h.contentSpan?.startOffset)).toEqual(ins.heredocs.map((h) => h.contentSpan && h.contentSpan.startOffset + 100));
      expect(moved.scripts.map((s) => Array.from(s.offsets))).toEqual(ins.scripts.map((s) => Array.from(s.offsets, (o) => o + 100)));
      expect(moved.trigger?.span.startOffset).toBe(ins.trigger ? ins.trigger.span.startOffset + 100 : undefined);
    });
  });

  it('reads the same twice and serialises like a plain instruction', () => {
    const moved = shifted(1);
    expect(moved.words).toBe(moved.words);
    const plain = JSON.parse(JSON.stringify(moved, (_k, v) => (v instanceof Int32Array ? Array.from(v) : v)));
    expect(Object.keys(plain)).toEqual([
      'index', 'keyword', 'rawKeyword', 'known', 'span', 'keywordSpan', 'argsSpan', 'argsText', 'words', 'flags', 'form',
      'json', 'heredocs', 'pairs', 'scripts', 'stageIndex', 'trigger', 'leadingComments', 'emptyContinuationLines',
    ]);
    expect(plain.words[0].span.startOffset).toBe(model.instructions[1].words[0].span.startOffset + 100);
  });

  it('is attached to its own stage without touching the remembered part', () => {
    const moved = shifted(1);
    moved.stageIndex = 3;
    moved.leadingComments.push({ text: 'x', span: moved.span });
    expect(model.instructions[1].stageIndex).toBe(0);
    expect(model.instructions[1].leadingComments).toEqual([]);
  });
});
