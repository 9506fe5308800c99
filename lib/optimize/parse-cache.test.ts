import { describe, expect, it } from 'vitest';
import { parseInPipeline } from './parse-cache';
import { forgetTexts } from '../text-cache';
import { optimize } from './optimize';

const A = 'FROM python:3.9\nRUN pip install flask\nCMD ["python", "app.py"]\n';
const B = 'FROM node:20\nRUN npm install\nCMD ["node", "index.js"]\n';

describe('parseInPipeline', () => {
  it('reuses a step\'s model while the pipeline\'s input stays the same', () => {
    const step = A.replace('pip install', 'pip install --no-cache-dir');
    const first = parseInPipeline(A, step);
    expect(parseInPipeline(A, step)).toBe(first);
    expect(parseInPipeline(A, A).text).toBe(A);
  });
  it('forgets the steps of an earlier input once another one starts (a keystroke)', () => {
    const first = parseInPipeline(A, A);
    parseInPipeline(B, B);
    const again = parseInPipeline(A, A);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
  it('forgets everything with forgetTexts', () => {
    const first = parseInPipeline(A, A);
    forgetTexts();
    expect(parseInPipeline(A, A)).not.toBe(first);
  });
  it('gives the same optimizer output whether or not the steps were remembered', () => {
    const id = optimize(A).changes[0].id;
    const runs = [() => optimize(A), () => optimize(A, { disabled: [id] }), () => optimize(A, { profile: 'smallest' })];
    const warm = runs.map((run) => run());
    const cold = runs.map((run) => {
      forgetTexts();
      return run();
    });
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  });
});
