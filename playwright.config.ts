import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The end-to-end tests run against the static export in out/ (run `npm run build:web` first).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const chromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's chromium when installed (Playwright cannot download browsers offline), else Playwright's own.
      executablePath: existsSync(chromium) ? chromium : undefined,
      // Without these, chromium keeps trying to reach Google services in the background.
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs out ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
