/**
 * The Issues, Layers and Optimized views are built against the result types before the library
 * fills every field; a hand-made result proves they render real data (and lets us look at them).
 */
import type { ViewResult } from '../components/analysis/protocol';
import { expect, test, waitForPlayground } from './fixtures';

const TEXT = `FROM python:3.9
WORKDIR /app
COPY requirements.txt .
RUN apt-get update && apt-get install -y build-essential gcc
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

const OPTIMIZED = `FROM python:3.9-slim AS builder
WORKDIR /app
COPY requirements.txt .
RUN apt-get update && apt-get install -y --no-install-recommends build-essential gcc \\
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.9-slim
WORKDIR /app
COPY --from=builder /install /usr/local
COPY . .
USER 10001
CMD ["python", "main.py"]
`;

const MB = 1_000_000;
const diag = (rule: string, severity: 'error' | 'warning' | 'info' | 'style', category: 'size' | 'cache' | 'security' | 'correctness' | 'style', line: number, message: string) => ({
  rule,
  aliases: rule === 'apt-lists-not-cleaned' ? ['DL3009'] : [],
  severity,
  category,
  message,
  line,
  column: 1,
  endLine: line,
  endColumn: 40,
  fixable: severity !== 'info',
  fix: null,
});

const change = (id: string, title: string, lines: number[], savedBytes: number, risk: 'safe' | 'review' | 'structural', why: string) => ({
  id,
  title,
  line: lines[0],
  lines,
  savedBytes,
  risk,
  why,
  pass: id,
  lesson: 'why-size' as const,
  resolves: [],
  enabled: true,
});

function fixture(): ViewResult {
  const layer = (line: number, instruction: string, bytes: number, shipped: boolean, wastedBytes = 0, stageIndex = 0) => ({
    stageIndex,
    stage: String(stageIndex),
    line,
    instruction,
    bytes,
    low: bytes * 0.8,
    high: bytes * 1.3,
    shipped,
    wastedBytes,
    why: `${instruction} on line ${line}`,
    confidence: 'estimated' as const,
  });
  return {
    model: { lineCount: 8, directives: [], globalArgs: [], stages: [], parseDiagnostics: [], truncated: false },
    diagnostics: [
      diag('apt-lists-not-cleaned', 'warning', 'size', 4, 'apt-get lists are left in the layer (about 40 MB): remove /var/lib/apt/lists/* in the same RUN.'),
      diag('apt-install-recommends', 'info', 'size', 4, 'apt-get install without --no-install-recommends pulls in packages you did not ask for.'),
      diag('pip-cache', 'warning', 'size', 5, 'pip keeps its download cache in the image: add --no-cache-dir.'),
      diag('base-image-full', 'warning', 'size', 1, 'python:3.9 is the full Debian image (about 1 GB): python:3.9-slim has the same Python.'),
      diag('runs-as-root', 'error', 'security', 7, 'The container runs as root: add a USER with a numeric id.'),
      diag('copy-everything-before-deps', 'info', 'cache', 6, 'COPY . . copies the whole build context; without a .dockerignore the cache breaks on every change.'),
      diag('cmd-style', 'style', 'style', 7, 'Prefer a single space after commas in exec form.'),
    ],
    layers: [
      layer(1, 'FROM', 997 * MB, true),
      layer(3, 'COPY', 2000, true),
      layer(4, 'RUN', 268 * MB, true, 41 * MB),
      layer(5, 'RUN', 96 * MB, true, 18 * MB),
      layer(6, 'COPY', 12 * MB, true, 9 * MB),
    ],
    image: { bytes: 1373 * MB, low: 1100 * MB, high: 1600 * MB, compressedBytes: 520 * MB },
    size: { wastedBytes: 68 * MB, efficiency: 0.95, stages: [{ index: 0, name: '0', shipped: true, bytes: 1373 * MB, low: 1100 * MB, high: 1600 * MB }] },
    optimized: {
      dockerfile: OPTIMIZED,
      changes: [
        change('slim-base', 'Use python:3.9-slim', [1, 8], 870 * MB, 'review', 'The slim image has the same Python without compilers and docs.'),
        change('multi-stage', 'Build in a separate stage', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 250 * MB, 'structural', 'Compilers stay in the builder; only installed packages are copied.'),
        change('apt-lists', 'Clean apt lists in the same RUN', [4, 5], 41 * MB, 'safe', 'Deleting in a later layer does not shrink the image.'),
      ],
      image: { bytes: 180 * MB, low: 150 * MB, high: 230 * MB, compressedBytes: 62 * MB },
      originalBytes: 1373 * MB,
      profile: 'recommended',
    },
    omittedDiagnostics: 0,
    notice: null,
    timings: {},
  };
}

test('views render a full result', async ({ page }) => {
  await page.goto('/');
  await waitForPlayground(page);
  await page.evaluate((text) => window.__layerlab!.setText(text), TEXT);
  await page.waitForFunction(() => window.__layerlab!.result()?.model.lineCount === 8);
  const data = fixture();
  await page.evaluate((r) => window.__layerlab!.showResult({ ...r, model: window.__layerlab!.result()!.model }), data);

  await page.getByTestId('tab-issues').click();
  await expect(page.getByTestId('tab-issues')).toContainText('7');
  await expect(page.getByTestId('issue')).toHaveCount(7);
  await expect(page.getByRole('heading', { name: /Security/ })).toBeVisible();
  await expect(page.getByTestId('issues-view')).toContainText('DL3009');
  // Markers reach the editor as squiggles.
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();
  await page.getByTestId('issue').filter({ hasText: 'runs as root' }).click();
  await expect(page.locator('.monaco-editor .view-overlays .selected-text').first()).toBeAttached();
  await page.screenshot({ path: 'test-results/screenshots/view-issues.png' });

  await page.getByTestId('tab-layers').click();
  await expect(page.getByTestId('layers-view')).toContainText('1.4 GB');
  await expect(page.getByTestId('layers-view')).toContainText('41 MB wasted');
  await page.screenshot({ path: 'test-results/screenshots/view-layers.png' });

  await page.getByTestId('tab-optimized').click();
  await expect(page.getByTestId('optimized-view')).toContainText('Use python:3.9-slim');
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await expect(page.locator('.monaco-diff-editor')).toContainText('python:3.9-slim AS builder');
  await page.screenshot({ path: 'test-results/screenshots/view-optimized.png' });

  await page.locator('#theme-select').selectOption('dark');
  await page.getByTestId('tab-layers').click();
  await page.screenshot({ path: 'test-results/screenshots/view-layers-dark.png' });
  await page.getByTestId('tab-issues').click();
  await page.screenshot({ path: 'test-results/screenshots/view-issues-dark.png' });
});
