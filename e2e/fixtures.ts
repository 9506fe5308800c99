/**
 * Shared test setup: every page in the context is watched, and after each test we assert that
 * no request left the local test server (ignoring data: and blob: URLs) and that no page threw.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Watch {
  foreignRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { foreignRequests: [], pageErrors: [], consoleErrors: [] };
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      const attach = (page: Page) => {
        page.on('pageerror', (error) => watch.pageErrors.push(error.message));
        page.on('console', (msg) => {
          if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
        });
      };
      context.pages().forEach(attach);
      context.on('page', attach);
      await use(watch);
      expect(watch.foreignRequests, 'requests that left the test server').toEqual([]);
      expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until Monaco is mounted and the first analysis has arrived. */
export async function waitForPlayground(page: Page): Promise<void> {
  await expect(page.getByTestId('editor-host').locator('.monaco-editor .view-lines')).toBeVisible();
  await page.waitForFunction(() => window.__layerlab?.editorReady() && window.__layerlab.result() !== null);
}

/** The editor's text as Monaco renders it (non-breaking spaces normalised). */
export async function visibleEditorText(page: Page): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}
