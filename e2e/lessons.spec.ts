/**
 * The lessons: every page in both languages renders its content, links the other language and
 * its neighbours, and "Open in the playground" opens the example in the editor. Nothing leaves
 * localhost (the fixtures assert it after every test).
 */
import { expect, test, visibleEditorText, waitForPlayground } from './fixtures';

const IDS = ['why-size', 'multi-stage', 'layers', 'minimal-base', 'distroless', 'security'] as const;
const HANGUL = /[\uac00-\ud7a3]/;

test.describe('lessons', () => {
  test('the index lists the six lessons in both languages', async ({ page }) => {
    await page.goto('/lessons/');
    await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    const cards = page.getByTestId('lesson-card');
    await expect(cards).toHaveCount(6);
    for (const [i, id] of IDS.entries()) await expect(cards.nth(i)).toHaveAttribute('href', `/lessons/${id}/`);
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/ko\/lessons\/$/);
    await expect(page.getByTestId('lesson-card')).toHaveCount(6);
    expect(await page.locator('h1').innerText()).toMatch(HANGUL);
    await expect(page.getByTestId('lesson-card').first()).toHaveAttribute('href', '/ko/lessons/why-size/');
  });

  for (const lang of ['en', 'ko'] as const) {
    test(`every lesson renders in ${lang} with examples, figures, rules and navigation`, async ({ page }) => {
      const prefix = lang === 'ko' ? '/ko/lessons/' : '/lessons/';
      const other = lang === 'ko' ? '/lessons/' : '/ko/lessons/';
      for (const [i, id] of IDS.entries()) {
        const response = await page.goto(`${prefix}${id}/`);
        expect(response?.status(), id).toBe(200);
        await expect(page.getByTestId('lesson')).toHaveAttribute('data-lesson', id);
        await expect(page.locator('[lang]').first()).toBeAttached();
        const title = await page.locator('h1').innerText();
        if (lang === 'ko') expect(title, id).toMatch(HANGUL);
        else expect(title, id).not.toMatch(HANGUL);
        // before and after, each with an estimate and a playground link
        await expect(page.getByTestId('example-before')).toHaveCount(1);
        await expect(page.getByTestId('example-after')).toHaveCount(1);
        await expect(page.getByTestId('example-before').getByTestId('example-estimate')).toContainText(/\d+(\.\d)? (MB|GB)/);
        await expect(page.getByTestId('example-before').getByTestId('dockerfile')).toContainText('FROM');
        const links = page.getByTestId('open-in-playground');
        expect(await links.count(), id).toBeGreaterThanOrEqual(2);
        for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) expect(href).toMatch(/^\/#s=/);
        // no placeholder left unfilled
        expect(await page.getByTestId('lesson').innerText()).not.toMatch(/\{[A-Za-z0-9]+\}/);
        // rules link to their pages
        const rules = page.getByTestId('related-rules').locator('a');
        expect(await rules.count()).toBeGreaterThan(0);
        for (const href of await rules.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) expect(href).toMatch(/^\/rules\/[a-z0-9-]+\/$/);
        // language switch to the same lesson, prev/next
        await expect(page.getByTestId('lang-switch')).toHaveAttribute('href', `${other}${id}/`);
        const nav = page.getByTestId('lesson-nav');
        if (i > 0) await expect(nav.locator('a[rel=prev]')).toHaveAttribute('href', `${prefix}${IDS[i - 1]}/`);
        if (i < IDS.length - 1) await expect(nav.locator('a[rel=next]')).toHaveAttribute('href', `${prefix}${IDS[i + 1]}/`);
      }
    });
  }

  test('a related rule link opens an existing rule page', async ({ page }) => {
    await page.goto('/lessons/distroless/');
    await page.getByTestId('related-rules').locator('a', { hasText: 'pyinstaller-binary-without-libc' }).click();
    await expect(page).toHaveURL(/\/rules\/pyinstaller-binary-without-libc\/$/);
    await expect(page.locator('h1')).toContainText('PyInstaller');
  });

  test('the cost calculator recomputes when the bandwidth changes', async ({ page }) => {
    await page.goto('/lessons/why-size/');
    const calc = page.getByTestId('cost-calculator');
    await expect(calc).toBeVisible();
    const before = await calc.getByTestId('pull-time').first().innerText();
    await calc.getByTestId('bandwidth').fill('10');
    await expect(calc.getByTestId('pull-time').first()).not.toHaveText(before);
    // at 10 Mbit/s a ~500 MB download takes minutes
    await expect(calc.getByTestId('pull-time').first()).toContainText('min');
  });

  for (const [lang, id, tab] of [
    ['en', 'multi-stage', 'issues'],
    ['ko', 'distroless', 'issues'],
    ['en', 'layers', 'layers'],
  ] as const) {
    test(`"Open in the playground" from ${lang}/${id} opens the example (${tab})`, async ({ page }) => {
      await page.goto(`${lang === 'ko' ? '/ko' : ''}/lessons/${id}/`);
      const card = page.getByTestId(tab === 'issues' ? 'example-before' : 'example-after');
      const expected = await card.getByTestId('dockerfile').innerText();
      await card.getByTestId('open-in-playground').click();
      await waitForPlayground(page);
      const firstLine = expected.split('\n')[0];
      expect(await visibleEditorText(page)).toContain(firstLine);
      expect(await page.evaluate(() => window.__layerlab!.getText())).toBe(expected.endsWith('\n') ? expected : expected + '\n');
      await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    });
  }

  test('the playground header and the rules pages link to the lessons', async ({ page }) => {
    await page.goto('/rules/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Lessons' }).click();
    await expect(page).toHaveURL(/\/lessons\/$/);
    await page.goto('/');
    await waitForPlayground(page);
    await page.getByTestId('lessons-link').click();
    await expect(page).toHaveURL(/\/lessons\/$/);
  });

  test('screenshots: two lessons, light and dark, English and Korean', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const theme of ['light', 'dark'] as const) {
      await page.addInitScript((t) => localStorage.setItem('layerlab:theme', t), theme);
      for (const [lang, id] of [['en', 'distroless'], ['ko', 'why-size']] as const) {
        await page.goto(`${lang === 'ko' ? '/ko' : ''}/lessons/${id}/`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.screenshot({ path: `test-results/screenshots/lesson-${id}-${lang}-${theme}.png`, fullPage: false });
      }
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lessons/multi-stage/');
    await page.screenshot({ path: 'test-results/screenshots/lesson-multi-stage-phone.png', fullPage: true });
  });
});
