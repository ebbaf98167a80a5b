/**
 * What a demanding reader met in the sixteenth… twenty-third round's walk (s23-qa), each step failing on the
 * code before its mend: a highlight in a reader whose clipping was deleted in the library, the library's own
 * HTML export chosen for import, a search with no word to search for, and (s24-qa) a code block that scrolled for pointers only and a highlights export of column names alone;
 * (s25-qa) the highlight actions in the reader: the focus after Delete and Undo, a selection reaching past a highlight, two
 * highlights made at once, Copy link's answer on screen; the focus of a library tool turned off while its work ran.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyLibrary, expect, storedClippings, test } from './fixtures';
import { instapaperCsv } from '../fixtures/imports';
import { cancelImport, chooseImport } from './import-dialog';

const TITLE = 'Otters return to the valley river';
const para = (n: number) => `<p>Section ${n} follows the otters along the valley river, where the warden counted the holts each spring and the anglers learned to share the pools with them at dusk.</p>`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1>
${Array.from({ length: 8 }, (_, i) => para(i + 1)).join('\n')}
<p>Read more at <a href="https://example.org/otters">the trust's page</a> and <a href="https://example.org/rivers">the rivers map</a>.</p>
</article></main></body></html>`;

test.beforeAll(emptyLibrary);

/** A library page with one short article saved (straight through the background, as the popup's Save does), found by `search` and its card ticked. */
async function libraryWithOneTicked(context: BrowserContext, extensionId: string, article: { url: string; title: string; html: string; text: string }, search: string): Promise<Page> {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.evaluate((d) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: {
    kind: 'article', url: d.url, canonicalUrl: d.url, title: d.title, byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr',
    excerpt: 'Otters', wordCount: d.text.split(' ').length, textFragmentUrl: null, html: d.html, text: d.text,
  } }), article);
  await library.reload();
  await library.getByRole('searchbox', { name: 'Search' }).fill(search);
  await expect(library.locator('.cr-card')).toHaveCount(1);
  await library.locator('.cr-card-check').first().check();
  return library;
}

/** Selects `length` characters from `at` in the `n`th paragraph of the reader's article. */
const select = (reader: Page, n: number, at: number, length: number) =>
  reader.evaluate(([n, at, length]) => {
    const text = document.querySelectorAll('.reader-body p')[n]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  }, [n, at, length] as const);

test('a reader still showing a clipping deleted in the library: a highlight saves it again, with its highlights', async ({ extContext, server, worker, extensionId }) => {
  server.routes.set('/otters.html', PAGE);
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const saved = await library.evaluate(async (url) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: {
    kind: 'article', url, canonicalUrl: url, title: 'Otters return to the valley river', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr',
    html: [1, 2, 3].map((n) => `<p>Section ${n} follows the otters along the valley river, where the warden counted the holts each spring.</p>`).join(''),
    text: [1, 2, 3].map((n) => `Section ${n} follows the otters along the valley river, where the warden counted the holts each spring.`).join('\n\n'),
    excerpt: 'Otters', wordCount: 60, textFragmentUrl: null,
  } }), `${server.origin}/otters.html`);
  const id = (saved as { value: { id: number } }).value.id;

  const reader = await extContext.newPage();
  await reader.setViewportSize({ width: 1280, height: 800 });
  await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=${id}`);
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  const toolbar = reader.getByRole('toolbar', { name: 'Highlight the selection' });
  const first = await select(reader, 0, 10, 30);
  await expect(toolbar).toBeVisible();
  await reader.keyboard.press('h');
  await expect.poll(async () => (await storedClippings(worker)).map((c) => c.highlightCount)).toEqual([1]);

  // Deleted in the library while the reader shows it.
  await library.reload();
  await library.locator('.cr-card').filter({ hasText: TITLE }).getByRole('button', { name: /^Delete/ }).click();
  await expect(library.getByRole('status')).toContainText('Deleted: 1.');
  await expect.poll(() => storedClippings(worker)).toEqual([]);

  await reader.bringToFront();
  const second = await select(reader, 2, 10, 30);
  await expect(toolbar).toBeVisible();
  await reader.keyboard.press('h');
  await expect.poll(async () => (await storedClippings(worker)).map((c) => (c.highlights as Array<{ quote: { exact: string } }>).map((h) => h.quote.exact))).toEqual([[first, second]]);
  await expect(reader.getByRole('alert')).toHaveCount(0);
  await Promise.all([reader.close(), library.close()]);
});

test('the library\'s own HTML export chosen for import is named, and nothing is written', async ({ extContext, extensionId, worker }) => {
  // An article with links in it: read as Pocket's list, each would have become a clipping to add.
  const library = await libraryWithOneTicked(extContext, extensionId, { url: 'https://news.example/otter-links', title: 'Where the otters are',
    html: '<p>See <a href="https://example.org/otters">the trust</a> and <a href="https://example.org/rivers">the map</a>.</p>', text: 'See the trust and the map.' }, 'trust');
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export as HTML' }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'qa-')), 'clean-reader-1-clippings.html');
  writeFileSync(file, readFileSync((await download.path())!));
  const before = await storedClippings(worker);
  await chooseImport(library, file);
  await expect(library.getByRole('dialog').getByRole('alert')).toContainText('is a Clean Reader HTML export');
  await expect(library.getByRole('dialog').getByRole('button', { name: /^Import [\d,]+$/ })).toHaveCount(0);
  await cancelImport(library);
  expect(await storedClippings(worker)).toEqual(before);
  await library.close();
});

test('a search with no word to search for says so, instead of listing every clipping as if it matched', async ({ extContext, extensionId }) => {
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const search = library.getByRole('searchbox', { name: 'Search' });
  await search.fill('C++');
  await expect(library.getByText('“C++” has no word to search for')).toBeVisible();
  await search.fill('otters');
  await expect(library.getByText('has no word to search for')).toHaveCount(0);
  await library.close();
});

test('a code block wider than the popup scrolls from the keyboard too: a named stop in the Tab order (axe)', async ({ extContext, server, openPopupFor }) => {
  const code = 'for (const reading of readings) { table.push({ height: reading.height * scale, minute: reading.minute, wind: reading.wind }); }';
  server.routes.set('/otter-code.html', PAGE.replace('</article>', `<pre><code>${code}</code></pre><p>The wardens ran the count again each spring with the same short program.</p></article>`));
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/otter-code.html`);
  const popup = await openPopupFor(page);
  const block = popup.getByRole('region', { name: 'Code block 1' });
  await expect(block).toContainText('readings');
  expect(await block.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
  const { violations } = await new AxeBuilder({ page: popup }).include('.cr-article-body').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await block.focus();
  await popup.keyboard.press('ArrowRight');
  await expect.poll(() => block.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
  await Promise.all([popup.close(), page.close()]);
});

test('highlights exported from clippings that have none: no file of column names alone, and words saying why', async ({ extContext, extensionId }) => {
  const library = await libraryWithOneTicked(extContext, extensionId, { url: 'https://news.example/otter-count', title: 'The spring otter count',
    html: '<p>The wardens counted nine holts this spring.</p>', text: 'The wardens counted nine holts this spring.' }, 'holts wardens nine');
  const downloads: string[] = [];
  library.on('download', (d) => downloads.push(d.suggestedFilename()));
  await library.getByRole('button', { name: 'Export highlights (CSV)' }).click();
  await expect(library.getByRole('status')).toContainText('No highlights to export, so nothing was downloaded.');
  await library.waitForTimeout(500);
  expect(downloads).toEqual([]);
  await library.close();
});

test('highlights in the reader as a quick keyboard reader makes them: two at once, one extended, deleted and brought back with the focus kept, a link copied', async ({ extContext, server, worker, extensionId }) => {
  server.routes.set('/otters-marks.html', PAGE);
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await emptyLibrary({ extContext, extensionId, worker });
  const url = `${server.origin}/otters-marks.html`;
  const saved = await library.evaluate(async (url) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: {
    kind: 'article', url, canonicalUrl: url, title: 'Otters return to the valley river', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr',
    html: [1, 2, 3].map((n) => `<p>Section ${n} follows the otters along the valley river, where the warden counted the holts each spring.</p>`).join(''),
    text: [1, 2, 3].map((n) => `Section ${n} follows the otters along the valley river, where the warden counted the holts each spring.`).join('\n\n'),
    excerpt: 'Otters', wordCount: 60, textFragmentUrl: null,
  } }), url);
  const id = (saved as { value: { id: number } }).value.id;
  await library.close();
  const reader = await extContext.newPage();
  await reader.setViewportSize({ width: 1280, height: 800 });
  await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=${id}`);
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  const toolbar = reader.getByRole('toolbar', { name: 'Highlight the selection' });
  const quotes = async () => (await storedClippings(worker)).flatMap((c) => (c.highlights as Array<{ quote: { exact: string }; color: string }>).map((h) => `${h.color}: ${h.quote.exact}`));

  // h, and at once the next selection: the first write's answer no longer clears it
  await select(reader, 0, 0, 9);
  await expect(toolbar).toBeVisible();
  await reader.keyboard.press('h');
  await select(reader, 1, 0, 9);
  await expect.poll(quotes).toEqual(['yellow: Section 1']);
  await reader.waitForTimeout(500); // the reply has reached the reader: on main it cleared this selection then
  expect(await reader.evaluate(() => getSelection()!.toString())).toBe('Section 2');
  await expect(toolbar).toBeVisible();
  await reader.keyboard.press('h');
  await expect.poll(quotes).toEqual(['yellow: Section 1', 'yellow: Section 2']);

  // a selection reaching past the first highlight makes one highlight of both, in the colour chosen
  await select(reader, 0, 8, 20);
  await toolbar.getByRole('button', { name: 'Green highlight' }).click();
  await expect.poll(quotes).toEqual(['green: Section 1 follows the otters', 'yellow: Section 2']);
  // (stored before the reply reaches the reader: the panel drops the covered highlight once it has the reply)
  const panel = reader.getByRole('region', { name: 'Highlights' });
  await expect(panel.locator('.cr-mark-quote')).toHaveCount(2);

  // Delete from the keyboard: the focus goes to Undo, then to the highlight brought back
  await panel.getByRole('button', { name: 'Delete' }).first().focus();
  await reader.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(panel.getByRole('status')).toHaveText('Highlight deleted. Undo');
  await reader.keyboard.press('Enter');
  await expect(panel.locator('.cr-mark-quote').first()).toBeFocused();
  await expect.poll(async () => (await quotes()).length).toBe(2);

  // Copy link answers on screen, in the toolbar
  await select(reader, 2, 0, 9);
  await toolbar.getByRole('button', { name: 'Copy link' }).click();
  await expect(toolbar.getByRole('status')).toBeVisible();
  await expect(toolbar.getByRole('status')).toHaveText(/copied/i);
  await reader.close();
});

test('a library tool turned off while its work runs has the focus back once it is done (it went to the page\'s start)', async ({ extContext, extensionId }) => {
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'qa-')), 'instapaper-export.csv');
  writeFileSync(file, instapaperCsv([{ URL: 'https://example.org/kites', Title: 'Kites over the bay', Selection: '', Folder: 'Unread', Timestamp: 1_680_000_000, Tags: [] }]));
  const importer = library.locator('input[type=file]');
  await importer.focus();
  await chooseImport(library, file);
  await library.getByRole('dialog').getByRole('button', { name: 'Import 1' }).focus();
  await library.keyboard.press('Enter');
  await expect(library.getByRole('status').filter({ hasText: 'Imported:' })).toBeVisible();
  await expect(importer).toBeFocused();

  const exportAll = library.getByRole('button', { name: 'Export all (JSON backup)' });
  await exportAll.focus();
  await Promise.all([library.waitForEvent('download'), library.keyboard.press('Enter')]);
  await expect(exportAll).toBeFocused();
  await library.close();
});
