import { emptyLibrary, expect, test } from './fixtures';
test.beforeAll(emptyLibrary);
test.setTimeout(600_000);
const N = 30_000;
test('probe', async ({ extContext, extensionId }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const base = Date.UTC(2026, 0, 1);
  for (let from = 0; from < N; from += 2000) {
    const r = await page.evaluate(({ from, base }) => {
      const words = ['heron', 'otter', 'river', 'valley', 'market', 'school', 'garden', 'storm'];
      const clippings = Array.from({ length: 2000 }, (_, k) => { const i = from + k; const text = `Note ${i} about the ${words[i % 8]} and the ${words[(i >> 3) % 8]} `.repeat(40); const url = `https://probe.example/${i}`;
        return { id: 100000 + i, kind: 'article', key: '', url, canonicalUrl: url, title: `Note ${i} ${words[i % 8]}`, byline: null, siteName: 'Probe', publishedTime: null, lang: 'en', dir: 'ltr', savedAt: base + i * 1000, tags: [], note: '', excerpt: text.slice(0, 100), wordCount: 400, textFragmentUrl: null, text, html: `<p>${text}</p>` }; });
      return chrome.runtime.sendMessage({ type: 'restore-clippings', clippings });
    }, { from, base });
    expect(r).toMatchObject({ ok: true });
  }
  await page.reload();
  await expect(page.locator('.cr-lib-count')).toHaveText(`1–25 of ${N.toLocaleString('en-US')}`, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  const bar = page.locator('.cr-lib-selection');
  const time = async (label: string, act: () => Promise<unknown>, done: () => Promise<unknown>) => { const t0 = Date.now(); await act(); await done(); console.log(label, Date.now() - t0, 'ms'); };
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await time('select all 30,000', () => page.locator('button.cr-lib-every').click(), () => expect(bar).toHaveAttribute('aria-label', '30,000 selected', { timeout: 60_000 }));
  await time('untick one card', () => page.locator('.cr-card input[type=checkbox]').first().uncheck(), () => expect(bar).toHaveAttribute('aria-label', '29,999 selected'));
  await time('tick it again', () => page.locator('.cr-card input[type=checkbox]').first().check(), () => expect(bar).toHaveAttribute('aria-label', '30,000 selected'));
  await page.getByRole('checkbox', { name: 'Select this page' }).uncheck();
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await page.getByRole('searchbox', { name: 'Search' }).fill('"heron and the otter"');
  await expect(page.locator('.cr-lib-count')).toContainText('of', { timeout: 30_000 });
  console.log('phrase count', await page.locator('.cr-lib-count').textContent());
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await time('select all phrase matches', () => page.locator('button.cr-lib-every').click(), () => expect(page.locator('.cr-lib-every')).toContainText('are selected', { timeout: 60_000 }));
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await page.locator('button.cr-lib-every').click();
  await expect(bar).toHaveAttribute('aria-label', '30,000 selected', { timeout: 60_000 });
  await time('mark finished 30,000', () => bar.getByRole('button', { name: 'Mark finished' }).click(), () => expect(page.getByRole('status').first()).toContainText('Finished: 30,000.', { timeout: 300_000 }));
  await time('delete 30,000', () => bar.getByRole('button', { name: 'Delete', exact: true }).click(), () => expect(page.getByRole('status').first()).toContainText('Deleted: 30,000.', { timeout: 300_000 }));
  await time('undo 30,000', () => page.getByRole('button', { name: 'Undo' }).click(), () => expect(page.getByRole('status').first()).toContainText('Restored: 30,000.', { timeout: 300_000 }));
});
