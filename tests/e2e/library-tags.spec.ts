// A tag on a selection: every match of a search tagged at once (in parts), found by the tag's filter and its word,
// taken back by Undo; then a tag many clippings share removed from a page, and put back where it was.
import type { Page } from '@playwright/test';
import { emptyLibrary, expect, screenshot, storedClippings, test } from './fixtures';

test.beforeAll(emptyLibrary);

const COUNT = 1_200;
/** Invented field notes, every fourth about kestrels (300 of them: a tag in parts of 1,000 is one message, so 1,200 → two). */
function clippings() {
  const base = Date.UTC(2026, 9, 3, 7);
  return Array.from({ length: COUNT }, (_, i) => {
    const text = i % 4 === 0 ? `Kestrel watch ${i}: a pair hovered over the verge at noon.` : `Pond log ${i}: newts counted by torchlight after dusk.`;
    const url = `https://fieldnotes.example/log/${i}`;
    return {
      id: 40_000 + i, kind: 'article', key: '', url, canonicalUrl: url, title: text.split(':')[0], byline: null, siteName: 'Invented Field Notes',
      publishedTime: null, lang: 'en', dir: 'ltr', savedAt: base + i * 60_000, tags: i % 2 ? ['ponds', 'Survey'] : ['Survey'], note: '', excerpt: text,
      wordCount: 11, textFragmentUrl: null, text, html: `<p>${text}</p>`,
    };
  });
}

const bar = (page: Page) => page.locator('.cr-lib-selection');
const status = (page: Page) => page.getByRole('status').first();

async function selectAllMatching(page: Page, count: number) {
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await page.getByRole('button', { name: new RegExp(`^Select all ${count.toLocaleString('en-US')} `) }).click();
  await expect(bar(page)).toHaveAttribute('aria-label', `${count.toLocaleString('en-US')} selected`);
}

test('tags: add a tag to every match of a search, find them by it, undo; remove a shared tag and undo', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  expect(await page.evaluate((clippings) => chrome.runtime.sendMessage({ type: 'restore-clippings', clippings }), clippings())).toMatchObject({ ok: true, value: { added: COUNT } });
  await page.reload();
  await expect(page.locator('.cr-lib-count')).toHaveText(`1–25 of ${COUNT.toLocaleString('en-US')}`);

  // Every kestrel note: a search, all its matches selected, "Add tag…" with a new tag.
  await page.getByRole('searchbox', { name: 'Search' }).fill('kestrel');
  await expect(page.locator('.cr-lib-count')).toHaveText('1–25 of 300');
  await selectAllMatching(page, 300);
  await bar(page).getByRole('button', { name: 'Add tag…' }).click();
  await page.getByRole('combobox', { name: 'Tag to add to the 300 selected' }).fill('Birds of prey');
  await screenshot(page, 'library-tag-form');
  await bar(page).getByRole('button', { name: 'Add', exact: true }).click();
  await expect(status(page)).toContainText('Tag “Birds of prey” added: 300.');
  await screenshot(page, 'library-tag-added');
  const tagged = (await storedClippings(worker)).filter((c) => (c.tags as string[]).includes('Birds of prey')).map((c) => c.id as number).sort();
  expect(tagged).toEqual((await storedClippings(worker)).filter((c) => String(c.text).startsWith('Kestrel')).map((c) => c.id as number).sort());

  // Found by the tag's filter and by its words (the search index gained them), and taken back by Undo.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByLabel('Tag', { exact: true }).selectOption('Birds of prey');
  await expect(page.locator('.cr-lib-count')).toHaveText('1–25 of 300');
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByRole('searchbox', { name: 'Search' }).fill('prey ');
  await expect(page.locator('.cr-lib-count')).toHaveText('1–25 of 300');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toContainText('Undone: 300.');
  await expect(page.getByText('No clippings match.')).toBeVisible();
  expect((await storedClippings(worker)).some((c) => (c.tags as string[]).includes('Birds of prey'))).toBe(false);

  // "Survey", which every clipping has, removed from all 1,200 (two messages), typed in another case; then put back first.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.locator('.cr-lib-count')).toHaveText(`1–25 of ${COUNT.toLocaleString('en-US')}`);
  await selectAllMatching(page, COUNT);
  await bar(page).getByRole('button', { name: 'Remove tag…' }).click();
  await page.getByRole('combobox', { name: `Tag to remove from the ${COUNT.toLocaleString('en-US')} selected` }).fill('survey');
  await bar(page).getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(status(page)).toContainText(`Tag “survey” removed: ${COUNT.toLocaleString('en-US')}.`);
  expect((await storedClippings(worker)).every((c) => !(c.tags as string[]).includes('Survey'))).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toContainText(`Undone: ${COUNT.toLocaleString('en-US')}.`);
  const back = await storedClippings(worker);
  expect(back.filter((c) => JSON.stringify(c.tags) === JSON.stringify(['ponds', 'Survey']))).toHaveLength(COUNT / 2);
  expect(back.filter((c) => JSON.stringify(c.tags) === JSON.stringify(['Survey']))).toHaveLength(COUNT / 2);
  await page.close();
});
