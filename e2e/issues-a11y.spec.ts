/**
 * Issues engine in the playground (hover, quick fixes, the Issues list), sharing with secrets,
 * the Content-Security-Policy, user text never becoming HTML, and accessibility (axe + keyboard).
 * Runs against the static export after `npm run build:web` (which adds the CSP hashes).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodeFragment, encodeState } from '../lib/permalink';
import { expect, test, waitForPlayground } from './fixtures';

const SHOTS = 'test-results/screenshots';
const APT = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\n';

async function setText(page: Page, text: string, until: string) {
  await page.evaluate((t) => window.__layerlab!.setText(t), text);
  await page.waitForFunction(([t, rule]) => window.__layerlab!.getText() === t && !!window.__layerlab!.result()?.diagnostics.some((d) => d.rule === rule), [text, until] as const);
}

/** records CSP violations from the first script on */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test.describe('issues in the editor', () => {
  test('hover explains a finding and links to its rule page and lesson', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await setText(page, APT, 'apt-missing-no-install-recommends');
    await page.getByTestId('tab-issues').click();
    // Clicking a finding selects its range in the editor; Ctrl+K Ctrl+I shows the hover there.
    await page.locator('li[data-rule="apt-missing-no-install-recommends"] [data-testid="issue"]').click();
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    const hover = page.locator('.monaco-hover:visible');
    // Monaco's marker part (message) and ours: severity word, rule title, aliases, rule page, lesson.
    await expect(hover).toContainText('add --no-install-recommends');
    await expect(hover).toContainText(/(Info|Warning|Error|Style) · apt-get install pulls in recommended packages/);
    await expect(hover).toContainText('Also known as: DL3015');
    await expect(hover).toContainText('Rule page: apt-missing-no-install-recommends');
    await expect(hover).toContainText(/Lesson: \w/);
    await expect(hover.locator('a[href$="/rules/apt-missing-no-install-recommends/"]').first()).toBeAttached();
    await page.screenshot({ path: `${SHOTS}/hover.png` });
  });

  test('a quick fix from the lightbulb menu applies the fix, and Ctrl+Z undoes it', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await setText(page, APT, 'apt-missing-no-install-recommends');
    await page.getByTestId('tab-issues').click();
    await page.locator('li[data-rule="apt-missing-no-install-recommends"] [data-testid="issue"]').click();
    await page.keyboard.press('ControlOrMeta+.');
    const menu = page.locator('.action-widget, .context-view').filter({ hasText: 'Fix: ' }).first();
    await expect(menu).toBeVisible();
    await expect(menu).toContainText('Fix: Add --no-install-recommends');
    await page.screenshot({ path: `${SHOTS}/quick-fix-menu.png` });
    await menu.getByText('Fix: Add --no-install-recommends').click();
    await expect.poll(() => page.evaluate(() => window.__layerlab!.getText())).toBe('FROM ubuntu:22.04\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n');
    // The finding goes away after the re-analysis.
    await page.waitForFunction(() => !window.__layerlab!.result()!.diagnostics.some((d) => d.rule === 'apt-missing-no-install-recommends'));
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => page.evaluate(() => window.__layerlab!.getText())).toBe(APT);
  });
});

test.describe('issues list', () => {
  test('groups by category with counts, filters by severity, fixes, and links to rule pages', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    const text = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nmaintainer me\nUSER root\n';
    await setText(page, text, 'maintainer-deprecated');
    await page.getByTestId('tab-issues').click();
    const diags = await page.evaluate(() => window.__layerlab!.result()!.diagnostics);
    await expect(page.getByTestId('issue')).toHaveCount(diags.length);
    // Category headings carry their counts.
    const sizeCount = diags.filter((d) => d.category === 'size').length;
    await expect(page.getByTestId('category-count-size')).toHaveText(String(sizeCount));
    // Each severity toggle shows icon, count and word; switching one off hides its findings.
    const infos = diags.filter((d) => d.severity === 'info').length;
    expect(infos).toBeGreaterThan(0);
    await expect(page.getByTestId('filter-info')).toContainText(`${infos}Info`);
    await page.getByTestId('filter-info').click();
    await expect(page.getByTestId('filter-info')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('issue')).toHaveCount(diags.length - infos);
    await expect(page.getByTestId('issues-filtered')).toBeVisible();
    await page.getByTestId('filter-info').click();
    await expect(page.getByTestId('issue')).toHaveCount(diags.length);
    // Rule id and first alias on each finding.
    const row = page.locator('li[data-rule="maintainer-deprecated"]');
    await expect(row).toContainText('maintainer-deprecated');
    await expect(row).toContainText('DL4000');
    await page.screenshot({ path: `${SHOTS}/issues-list.png` });

    // Fix button: one undoable edit, then the finding is gone.
    await row.getByTestId('issue-fix').click();
    await expect.poll(() => page.evaluate(() => window.__layerlab!.getText())).toContain('LABEL maintainer="me"');
    await page.waitForFunction(() => !window.__layerlab!.result()!.diagnostics.some((d) => d.rule === 'maintainer-deprecated'));
    await expect(page.locator('li[data-rule="maintainer-deprecated"]')).toHaveCount(0);

    // A fix computed for an older text is not applied.
    const before = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\n\n\nUSER root\n';
    const applied = await page.evaluate((changed) => {
      const button = document.querySelector<HTMLButtonElement>('li[data-rule="apt-missing-no-install-recommends"] [data-testid="issue-fix"]')!;
      window.__layerlab!.setText(changed); // the list still shows the previous analysis
      button.click();
      return window.__layerlab!.getText();
    }, before);
    expect(applied).toBe(before);

    // The rule link opens the rule's page.
    await page.waitForFunction((t) => window.__layerlab!.result() !== null && window.__layerlab!.getText() === t, before);
    await page.locator('li[data-rule="last-user-is-root"] [data-testid="issue-rule-link"]').click();
    await expect(page).toHaveURL(/\/rules\/last-user-is-root\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('hundreds of findings render quickly and stay responsive', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    const body = Array.from({ length: 300 }, (_, i) => `RUN apt-get install -y pkg${i}`).join('\n');
    await page.evaluate((t) => window.__layerlab!.setText(t), 'FROM ubuntu\n' + body + '\n');
    await page.getByTestId('tab-issues').click();
    await page.waitForFunction(() => (window.__layerlab!.result()?.model.lineCount ?? 0) > 300);
    const n = await page.evaluate(() => window.__layerlab!.result()!.diagnostics.length);
    expect(n).toBeGreaterThan(300);
    await expect(page.getByTestId('issue')).toHaveCount(Math.min(n, 500));
    // Toggling a filter over hundreds of rows is a single quick render.
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector<HTMLButtonElement>('[data-testid="filter-warning"]')!.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    });
    expect(ms).toBeLessThan(1000);
  });
});

test.describe('sharing', () => {
  // Assembled at run time so secret scanners do not flag this file.
  const TOKEN = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
  const SECRET_TEXT = `FROM alpine:3.19\nENV GITHUB_TOKEN=${TOKEN}\nENV PASSWORD=hunter2\nRUN echo ok\n`;

  const linkText = (link: string) => {
    const decoded = decodeFragment(link.slice(link.indexOf('#')));
    if (!decoded?.ok) throw new Error('link does not decode');
    return decoded.state.text;
  };

  test('warns about secrets and masks them in the link', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.evaluate((t) => window.__layerlab!.setText(t), SECRET_TEXT);
    await page.getByTestId('share-button').click();
    const warning = page.getByTestId('secrets-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('GitHub token');
    await expect(warning).toContainText('password');
    await expect(warning).not.toContainText(TOKEN);
    await expect(page.getByTestId('secrets-mask')).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/share-secrets.png` });
    await page.getByTestId('secrets-mask').click();
    await expect(page.getByTestId('share-popover')).toContainText(/2 secrets masked/);
    const masked = linkText(await page.getByTestId('share-link').inputValue());
    expect(masked).toBe('FROM alpine:3.19\nENV GITHUB_TOKEN=***\nENV PASSWORD=***\nRUN echo ok\n');

    // Share as is: the link keeps the text exactly.
    await page.keyboard.press('Escape');
    await page.getByTestId('share-button').click();
    await page.getByTestId('secrets-as-is').click();
    expect(linkText(await page.getByTestId('share-link').inputValue())).toBe(SECRET_TEXT);

    // Cancel copies nothing; Escape closes and gives focus back to Share.
    await page.keyboard.press('Escape');
    await page.getByTestId('share-button').click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-popover')).toHaveCount(0);
    await expect(page.getByTestId('share-button')).toBeFocused();
  });

  test('a token in a pasted requirements.txt is found and masked too', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.getByRole('tab', { name: 'requirements.txt' }).click();
    const list = `--extra-index-url https://x:${TOKEN}@pypi.example.com/simple\nflask\n`;
    await page.getByLabel(/Paste the requirements\.txt/).fill(list);
    await page.getByTestId('share-button').click();
    const warning = page.getByTestId('secrets-warning');
    await expect(warning).toContainText('requirements.txt · line 1');
    await expect(warning).not.toContainText(TOKEN);
    await page.getByTestId('secrets-mask').click();
    const link = await page.getByTestId('share-link').inputValue();
    const decoded = decodeFragment(link.slice(link.indexOf('#')));
    expect(decoded?.ok && decoded.state.requirements).toBe('--extra-index-url https://x:***@pypi.example.com/simple\nflask\n');
  });

  test('no warning for a Dockerfile without secrets', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-link')).toBeVisible();
    await expect(page.getByTestId('secrets-warning')).toHaveCount(0);
  });
});

test.describe('Content-Security-Policy', () => {
  test('every page carries a hashed policy without unsafe-eval or unsafe-inline scripts', async ({ page }) => {
    for (const path of ['/', '/rules/', '/rules/apt-lists-not-deleted/', '/rules/DL3009/']) {
      await page.goto(path);
      // the layout's policy (fallback) and the hashed one scripts/csp-hashes.mjs adds: both enforced
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"][data-csp="layerlab"]')).toHaveCount(1);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"][data-csp="hashes"]').getAttribute('content');
      expect(csp, `${path}: run npm run build:web (it adds the script hashes)`).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("connect-src 'self'");
    }
  });

  test('the playground works under the policy and nothing leaves the origin', async ({ page, context }) => {
    // The fixture fails the test on any request to another origin and any console error
    // (a CSP violation logs one).
    await watchCsp(page);
    await page.goto('/');
    await waitForPlayground(page);
    await setText(page, APT, 'apt-missing-no-install-recommends');
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('RUN pip install flask\n', { delay: 10 });
    await page.waitForFunction(() => window.__layerlab!.result()!.model.lineCount >= 4);
    for (const tab of ['layers', 'model', 'issues']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.waitForTimeout(300);
    }
    // hover and quick-fix menu (Monaco widgets)
    await page.locator('li[data-rule="apt-missing-no-install-recommends"] [data-testid="issue"]').click();
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    await expect(page.locator('.monaco-hover:visible')).toContainText('DL3015');
    await page.keyboard.press('Escape');
    await page.getByTestId('share-button').click();
    const link = await page.getByTestId('share-link').inputValue();
    const other = await context.newPage();
    await watchCsp(other);
    await other.goto(link);
    await waitForPlayground(other);
    expect(await cspViolations(other)).toEqual([]);
    await page.keyboard.press('Escape');
    // the Optimized tab loads the diff editor (its own lazy chunk and worker)
    await page.getByTestId('tab-optimized').click();
    await page.waitForTimeout(1500);
    await page.locator('#theme-select').selectOption('dark');
    await page.goto('/rules/');
    await page.locator('#rule-search').fill('DL3009');
    await page.getByRole('link', { name: /apt-lists-not-deleted|Delete the apt/i }).first().click();
    await expect(page).toHaveURL(/\/rules\/apt-lists-not-deleted\/$/);
    await page.goto('/rules/DL3015/');
    await page.getByRole('link', { name: 'Playground' }).first().click();
    await waitForPlayground(page);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('the policy is enforced: an injected inline script does not run', async ({ page, watch }) => {
    await watchCsp(page);
    await page.goto('/');
    await waitForPlayground(page);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await cspViolations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
    // the expected refusal is the only console error
    watch.consoleErrors = watch.consoleErrors.filter((e) => !/Content Security Policy/.test(e));
  });
});

test.describe('user text is never HTML', () => {
  const PAYLOADS = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '"><svg onload=alert(1)>'];
  const TEXT = [
    'FROM alpine:3.19 AS <img src=x onerror=alert(1)>',
    'RUN echo "</script><script>alert(1)</script>"',
    'LABEL x=""><svg onload=alert(1)>"',
    '<img src=x onerror=alert(1)>',
    'COPY --from="><svg onload=alert(1)> /a /b',
    'USER root',
  ].join('\n');

  async function assertInert(page: Page) {
    for (const tab of ['issues', 'layers', 'optimized', 'model']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.waitForTimeout(150);
      expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count(), `${tab}: injected elements`).toBe(0);
      const scripts = await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length);
      expect(scripts, `${tab}: injected scripts`).toBe(0);
    }
  }

  test('in the editor, the permalink and the option fields', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/');
    await waitForPlayground(page);
    // typed into the editor like a person, and set at once
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(PAYLOADS.join('\n'), { delay: 5 });
    await page.evaluate((t) => window.__layerlab!.setText(t), TEXT);
    await page.waitForFunction((t) => window.__layerlab!.getText() === t && window.__layerlab!.result()!.model.lineCount >= 6, TEXT);
    await page.getByTestId('tab-issues').click();
    // the payload shows up as text (echoed in messages or the model), never as markup
    await assertInert(page);
    // the context-size field (a number input drops the characters) and the target select
    await page.getByTestId('option-context').focus();
    for (const p of PAYLOADS) await page.keyboard.type(p);
    await assertInert(page);

    // a crafted permalink: payloads in the text, the .dockerignore and the options
    const fragment = encodeState({ v: 1, text: TEXT, dockerignore: PAYLOADS.join('\n'), tab: 'model', options: { target: PAYLOADS[2], contextBytes: 5e6 } });
    await page.goto('/#' + fragment);
    await waitForPlayground(page);
    await page.waitForFunction((t) => window.__layerlab!.getText() === t, TEXT);
    await assertInert(page);
    // the rules search field
    await page.goto('/rules/');
    for (const p of PAYLOADS) await page.locator('#rule-search').fill(p);
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test.describe('accessibility', () => {
  async function axe(page: Page, label: string) {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const summary = bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
    expect(summary, `${label}: serious or critical axe violations`).toEqual([]);
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical violations, ${theme} theme`, async ({ page }) => {
      await page.goto('/');
      await waitForPlayground(page);
      await page.locator('#theme-select').selectOption(theme);
      await setText(page, 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nmaintainer me\nUSER root\n', 'maintainer-deprecated');
      for (const tab of ['issues', 'layers', 'optimized', 'model'] as const) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.waitForTimeout(400);
        await axe(page, `playground ${tab} (${theme})`);
      }
      await page.getByTestId('tab-issues').click();
      await page.screenshot({ path: `${SHOTS}/issues-${theme}.png` });
      await page.goto('/rules/');
      await axe(page, `/rules/ (${theme})`);
      await page.goto('/rules/apt-lists-not-deleted/');
      await axe(page, `/rules/apt-lists-not-deleted/ (${theme})`);
      await page.screenshot({ path: `${SHOTS}/rule-page-${theme}.png` });
    });
  }

  test('keyboard: Tab reaches Share, theme, language, the tabs, the issues and their Fix buttons', async ({ page }) => {
    await page.goto('/');
    await waitForPlayground(page);
    await setText(page, APT, 'apt-missing-no-install-recommends');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        return el.dataset.testid ?? (el.id || (el.closest('.monaco-editor') ? 'monaco' : el.getAttribute('role') ?? el.tagName.toLowerCase()));
      });
    const seen: string[] = [];
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    for (let i = 0; i < 12 && !seen.includes('monaco'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    // Monaco keeps Tab for indenting; Escape leaves it (to the split handle), then Tab goes on.
    await page.keyboard.press('Escape');
    seen.push(await focused());
    for (let i = 0; i < 20 && !seen.includes('issue-fix'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    const order = ['share-button', 'theme-select', 'lang-select', 'monaco', 'split-handle', 'tab-issues', 'filter-error', 'issue', 'issue-rule-link', 'issue-fix'];
    let at = -1;
    for (const id of order) {
      const next = seen.indexOf(id, at + 1);
      expect(next, `${id} reached after ${order[order.indexOf(id) - 1] ?? 'the start'} (sequence: ${seen.join(', ')})`).toBeGreaterThan(at);
      at = next;
    }
    // Enter on a Fix button applies it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__layerlab!.getText())).not.toBe(APT);
    // Focus stays in the list after the fixed row goes away.
    await page.waitForFunction((t) => window.__layerlab!.getText() !== t && window.__layerlab!.result() !== null, APT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="issues-view"], #results-panel') !== null)).toBe(true);
  });
});
