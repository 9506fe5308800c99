// Part of `npm run bench:web`: click -> updated Optimized view, for a switched change.
// For each Dockerfile, the change with the largest size effect is switched off and on again N
// times (every click moves the totals), then every other change once off and on (the diff only).
// Timestamps are taken in the page: from the click (capture phase) to the DOM mutation from which
// on the "after" total shows its final value, and the same for the text of the diff's modified
// side and for the diff's highlights (inserted/deleted line and character backgrounds, drawn
// once Monaco has recomputed the diff).
// Each click waits for the worker's answer and a quiet moment before the next, and checks that
// the settled view equals the worker's result (a fast wrong answer is no win).

const SETTLE_MS = 250;

/**
 * Installs the probes once per page; `arm()` resets them before each click. Every mutation
 * records what the totals, the modified side and the highlights show; after the view has
 * settled, `read()` tells when each first showed its final state (a half-drawn diff does not
 * count as updated).
 */
function installProbes() {
  const modified = () => document.querySelector('.monaco-diff-editor .editor.modified .view-lines:not(.line-delete)')?.textContent ?? '';
  const totals = () => document.querySelector('[data-testid="optimized-after-bytes"]')?.textContent ?? '';
  const highlights = () =>
    [...document.querySelectorAll('.monaco-diff-editor .view-overlays .cdr')]
      .filter((el) => /\b(line|char)-(insert|delete)\b/.test(el.className))
      .map((el) => `${el.closest('.editor.original') ? 'o' : 'm'}${el.parentElement?.style.top}:${el.style.left}:${el.style.width}:${el.className}`)
      .join('|');
  const snap = () => ({ diff: modified(), totals: totals(), highlights: highlights() });
  const probe = { clickAt: 0, before: snap(), seen: [] };
  window.__toggleArm = () => Object.assign(probe, { clickAt: 0, before: snap(), seen: [] });
  window.__toggleRead = () => {
    const final = snap();
    // first moment a field showed its final value and kept it (null: it never changed)
    const settledAt = (key) => {
      if (final[key] === probe.before[key]) return null;
      let at = null;
      for (const s of probe.seen) at = s[key] === final[key] ? (at ?? s.at) : null;
      return at === null ? NaN : at - probe.clickAt;
    };
    return { diff: settledAt('diff'), totals: settledAt('totals'), highlights: settledAt('highlights') };
  };
  document.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest('[data-testid="change-toggle"]') && !probe.clickAt) probe.clickAt = performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (probe.clickAt) probe.seen.push({ at: performance.now(), ...snap() });
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** The view shows the worker's answer for the current switches, and still does after a pause. */
const showsAnswer = () => {
  const view = document.querySelector('[data-testid="optimized-view"]');
  const opt = window.__layerlab?.result()?.optimized;
  if (!view || view.getAttribute('aria-busy') !== 'false' || !opt) return false;
  const shown = (document.querySelector('.monaco-diff-editor .editor.modified .view-lines:not(.line-delete)')?.innerText ?? '').replace(/\u00a0/g, ' ');
  const lines = opt.dockerfile.split('\n').filter((l) => l.trim() !== '');
  return lines.every((l) => shown.includes(l.trim()));
};

async function settled(page) {
  await page.waitForFunction(showsAnswer, null, { timeout: 10_000, polling: 'raf' });
  // by now the worker's own run for this click has answered and, if it differed, replaced what was shown
  await page.waitForTimeout(SETTLE_MS);
  if (!(await page.evaluate(showsAnswer))) throw new Error('the view no longer matches the worker\'s answer');
}

async function toggleOnce(page, id) {
  await page.evaluate(() => window.__toggleArm());
  const before = await page.evaluate(() => window.__layerlab.result()?.optimized?.image?.bytes ?? null);
  await page.locator(`[data-testid="change"][data-change-id="${id}"] [data-testid="change-toggle"]`).click();
  await settled(page);
  const after = await page.evaluate(() => window.__layerlab.result()?.optimized?.image?.bytes ?? null);
  const m = await page.evaluate(() => window.__toggleRead());
  if (m.diff === null || Number.isNaN(m.diff)) throw new Error(`switching ${id}: the diff's modified side never showed the new text`);
  if (after !== before && (m.totals === null || Number.isNaN(m.totals))) throw new Error(`switching ${id}: the totals never changed`);
  return { diff: m.diff, totals: m.totals, highlights: Math.max(m.diff, m.highlights ?? 0) };
}

/** Returns { name, changes, totals, diff, highlights, otherDiff } (ms[] each) for one Dockerfile. */
export async function measureToggles(browser, base, { name, text, toggles }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(base);
    await page.waitForFunction(() => window.__layerlab?.editorReady() && window.__layerlab.result() !== null, null, { timeout: 30_000 });
    await page.evaluate((t) => window.__layerlab.setText(t), text);
    await page.waitForFunction((t) => window.__layerlab.getText() === t && window.__layerlab.result()?.optimized != null, text, { timeout: 30_000 });
    await page.getByTestId('tab-optimized').click();
    await page.locator('.monaco-diff-editor .editor.modified .view-line').first().waitFor({ timeout: 30_000 });
    await settled(page);
    await page.evaluate(installProbes);

    const changes = await page.evaluate(() => window.__layerlab.result().optimized.changes.map((c) => ({ id: c.id, saved: Math.abs(c.savedBytes) })));
    const main = [...changes].sort((a, b) => b.saved - a.saved)[0].id;
    const result = { name, changes: changes.length, totals: [], diff: [], highlights: [], otherDiff: [] };
    for (let i = 0; i < toggles; i++) {
      const m = await toggleOnce(page, main);
      result.diff.push(m.diff);
      result.highlights.push(m.highlights);
      if (m.totals !== null) result.totals.push(m.totals);
    }
    if (toggles % 2 === 1) await toggleOnce(page, main); // back to every change on
    for (const { id } of changes.filter((c) => c.id !== main)) {
      for (let k = 0; k < 2; k++) result.otherDiff.push((await toggleOnce(page, id)).diff);
    }
    return result;
  } finally {
    await context.close();
  }
}
