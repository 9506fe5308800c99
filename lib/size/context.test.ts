import { describe, expect, it } from 'vitest';
import { contextText, matchContext, type BuildContext } from './context';
import { parseDockerfile } from '../model/parse';
import { estimateImage } from './estimate';

const context = (files: Record<string, number>, texts: Record<string, string> = {}, partial = false): BuildContext =>
  ({ files, texts, partial, id: JSON.stringify(files) + JSON.stringify(texts) });

const app = context(
  { 'requirements.txt': 40, 'main.py': 2_000, 'src/a.py': 3_000, 'src/sub/b.py': 5_000, 'docs/x.md': 700, 'model/weights.bin': 80_000_000 },
  { 'requirements.txt': 'flask\n' },
);

describe('matchContext', () => {
  it('measures a file, a folder, a pattern and the whole context', () => {
    expect(matchContext(app.files!, 'main.py')).toEqual({ bytes: 2_000, files: 1 });
    expect(matchContext(app.files!, './src/')).toEqual({ bytes: 8_000, files: 2 });
    expect(matchContext(app.files!, '*.py')).toEqual({ bytes: 2_000, files: 1 });
    expect(matchContext(app.files!, 's*')).toEqual({ bytes: 8_000, files: 2 });
    expect(matchContext(app.files!, '.').bytes).toBe(80_010_740);
    expect(matchContext(app.files!, 'nothing-here')).toEqual({ bytes: 0, files: 0 });
    expect(contextText(app, './requirements.txt')).toBe('flask\n');
  });
});

describe('the estimator with a known context', () => {
  const est = (text: string, ctx: BuildContext | null) => estimateImage(parseDockerfile(text), { context: ctx });

  it('measures COPY sources instead of guessing them', () => {
    const r = est('FROM python:3.12-slim\nWORKDIR /app\nCOPY src/ ./src/\nCOPY model ./model\nCOPY . .\n', app);
    const [, , src, model, all] = r.layers;
    expect(src.bytes).toBe(8_000);
    expect(src.confidence).toBe('known');
    expect(model.bytes).toBe(80_000_000);
    expect(all.why).toMatch(/build context as measured \(6 files\)/);
    expect(all.bytes).toBe(80_010_740);
  });

  it('says when a source is not in the context', () => {
    const r = est('FROM alpine:3.20\nCOPY missing.txt /x\n', app);
    expect(r.layers[1].bytes).toBe(0);
    expect(r.layers[1].why).toMatch(/not in the build context/);
  });

  it('gives a partly read context a range above what was read', () => {
    const r = est('FROM alpine:3.20\nCOPY . /app\n', context({ a: 1_000 }, {}, true));
    expect(r.layers[1].why).toMatch(/1 files or more/);
    expect(r.layers[1].high).toBeGreaterThan(r.layers[1].bytes);
    expect(r.layers[1].confidence).toBe('estimated');
  });

  it('sizes pip install -r from the requirements text the COPY brought, wherever it lands', () => {
    const small = context({ 'requirements.txt': 10 }, { 'requirements.txt': 'flask\n' });
    const big = context({ 'requirements.txt': 10 }, { 'requirements.txt': 'torch\n' });
    const unseen = estimateImage(parseDockerfile('FROM python:3.12\nCOPY requirements.txt /tmp/r.txt\nRUN pip install --no-cache-dir -r /tmp/r.txt\n'));
    for (const text of [
      'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      'FROM python:3.12\nCOPY requirements.txt /tmp/r.txt\nRUN pip install --no-cache-dir -r /tmp/r.txt\n',
      'FROM python:3.12\nCOPY . /src\nWORKDIR /src\nRUN pip install --no-cache-dir -r ./requirements.txt\n',
    ]) {
      const s = est(text, small).layers.at(-1)!, b = est(text, big).layers.at(-1)!;
      expect(s.why).toMatch(/pip install -r .*requirements\.txt: flask and \d+ more packages|pip install -r \/tmp\/r\.txt: flask/);
      expect(s.bytes).toBeLessThan(60e6);
      expect(b.bytes).toBeGreaterThan(1e9);
    }
    // without the text the old guess stays
    expect(unseen.layers.at(-1)!.why).toMatch(/unseen requirements/);
  });

  it('keeps a requirements file it has no text for as unseen', () => {
    const r = est('FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n', context({ 'requirements.txt': 10 }));
    expect(r.layers.at(-1)!.why).toMatch(/unseen requirements/);
  });
});

describe('bind-mounted requirements', () => {
  it('reads a requirements file that RUN --mount=type=bind brings from the context', () => {
    const ctx = context({ 'requirements.txt': 10 }, { 'requirements.txt': 'torch\n' });
    const text = 'FROM python:3.12-slim\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.cache/pip --mount=type=bind,source=requirements.txt,target=requirements.txt python -m pip install -r requirements.txt\n';
    const r = estimateImage(parseDockerfile(text), { context: ctx });
    expect(r.layers.at(-1)!.why).toMatch(/pip install -r requirements\.txt: torch/);
    expect(r.layers.at(-1)!.bytes).toBeGreaterThan(1e9);
  });
});

describe('a pasted requirements list (the playground: no files known)', () => {
  it('sizes every pip install -r from it, and leaves COPY sizes to the usual guesses', () => {
    const pasted: BuildContext = { files: null, texts: {}, requirements: 'pandas\n', partial: false, id: 'pasted' };
    const text = 'FROM python:3.12\nWORKDIR /app\nCOPY requirements/prod.txt .\nRUN pip install --no-cache-dir -r prod.txt\nCOPY . .\n';
    const r = estimateImage(parseDockerfile(text), { context: pasted });
    const plain = estimateImage(parseDockerfile(text));
    expect(r.layers[3].why).toMatch(/pip install -r prod\.txt: pandas and \d+ more packages/);
    expect(r.layers[4].bytes).toBe(plain.layers[4].bytes);
    expect(r.layers[2].bytes).toBe(plain.layers[2].bytes);
  });
});
