// Select all matching: with a page of 25 ticked, the library offers every match of the search and filters (as mail
// readers do), and the selection's actions reach them all: mark finished, delete (in several messages) and undo.
import type { Page } from '@playwright/test';
import { emptyLibrary, expect, screenshot, storedClippings, test } from './fixtures';

test.beforeAll(emptyLibrary);

const COUNT = 700;
/** Invented clippings, every third about herons (so a search selects 234 of them: two delete messages); backup records as restore takes them. */
function clippings() {
  const base = Date.UTC(2026, 10, 1, 9);
  return Array.from({ length: COUNT }, (_, i) => {
    const text = i % 3 === 0 ? `Heron survey ${i}: the grey herons nested early by the reservoir.` : `Allotment diary ${i}: the beans came up after the rain.`;
    const url = `https://invented.example/notes/${i}`;
    return {
      id: 20_000 + i, kind: 'article', key: '', url, canonicalUrl: url, title: text.split(':')[0], byline: null, siteName: 'Invented Notes',
      publishedTime: null, lang: 'en', dir: 'ltr', savedAt: base + i * 60_000, tags: [], note: '', excerpt: text, wordCount: 10,
      textFragmentUrl: null, text, html: `<p>${text}</p>`,
    };
  });
}

/** The selection bar's actions, named by how many are selected. */
const bar = (page: Page) => page.locator('.cr-lib-selection');

async function tickPage(page: Page) {
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await expect(bar(page)).toHaveAttribute('aria-label', '25 selected');
}

test('select all matching: every match of a search is selected, marked finished, deleted in parts and brought back by Undo', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  expect(await page.evaluate((clippings) => chrome.runtime.sendMessage({ type: 'restore-clippings', clippings }), clippings())).toMatchObject({ ok: true, value: { added: COUNT } });
  await page.reload();
  await expect(page.locator('.cr-lib-count')).toHaveText(`1–25 of ${COUNT}`);

  // No filter: the offer names the library's clippings; ticking one card off takes back "all are selected".
  await tickPage(page);
  await page.getByRole('button', { name: `Select all ${COUNT} clippings` }).click();
  await expect(bar(page)).toHaveAttribute('aria-label', `${COUNT} selected`);
  await expect(page.getByText(`All ${COUNT} matching are selected.`)).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar(page)).toHaveCount(0);

  // A search: 234 matches on six pages; all selected from the first.
  await page.getByRole('searchbox', { name: 'Search' }).fill('herons');
  await expect(page.locator('.cr-lib-count')).toHaveText('1–25 of 234');
  await tickPage(page);
  await page.getByRole('button', { name: 'Select all 234 matching' }).click();
  await expect(bar(page)).toHaveAttribute('aria-label', '234 selected');
  await screenshot(page, 'library-select-all');
  await bar(page).getByRole('button', { name: 'Mark finished' }).click();
  await expect(page.getByRole('status').first()).toContainText('Finished: 234.');
  const stored = await storedClippings(worker);
  expect(stored.filter((c) => c.state === 'finished').map((c) => c.id as number).sort()).toEqual(
    stored.filter((c) => String(c.text).includes('herons')).map((c) => c.id as number).sort());

  // Delete them all (more than one message's worth), then Undo: every one is back, with its state.
  await bar(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status').first()).toContainText('Deleted: 234.');
  await expect(page.getByText('No clippings match.')).toBeVisible();
  expect(await storedClippings(worker)).toHaveLength(COUNT - 234);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').first()).toContainText('Restored: 234.');
  await expect(page.locator('.cr-lib-count')).toHaveText('1–25 of 234');
  const back = await storedClippings(worker);
  expect(back).toHaveLength(COUNT);
  expect(back.filter((c) => c.state === 'finished')).toHaveLength(234);
  await page.close();
});
