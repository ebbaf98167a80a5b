import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, screenshot, storedClippings, tabIdOf, test, emptyLibrary } from './fixtures';
import { PAGES_DIR } from './server';
import { cancelImport, chooseImport, importThroughLibrary, zipTexts } from './import-dialog';

const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';

/** Calls the background's context-menu (or command) handler, as a click on the native menu would. */
async function menuClick(worker: Worker, url: string, info: { menuItemId: string; selectionText?: string } | { command: string }) {
  return worker.evaluate(
    async ({ url, info }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      const hooks = (globalThis as unknown as { __cleanReaderE2e: Record<string, (...args: unknown[]) => Promise<unknown>> }).__cleanReaderE2e;
      const result = 'command' in info ? await hooks.onCommand!(info.command, tab) : await hooks.onMenuClicked!(info, tab);
      const badge = await chrome.action.getBadgeText({ tabId: tab!.id });
      const title = await chrome.action.getTitle({ tabId: tab!.id });
      return { result, badge, title };
    },
    { url, info },
  );
}

// Specs share one browser: start from an empty library (through the background, its only writer),
// whatever earlier specs (faults, XSS) left in it.
test.beforeAll(emptyLibrary);

async function openLibrary(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  // the first page read: its range ("1–5 of 5"), or the first-run page an empty library shows instead
  await expect(page.locator('.cr-lib-count:has-text(" of "), .cr-lib-welcome').first()).toBeVisible();
}

/** A few varied clippings, imported through the library's own Import (which this also tests). */
function seedBackup(): string {
  const base = Date.UTC(2026, 10, 20, 9);
  const items = [
    ['Rivers of the north rise after a week of storms', 'The Northern Ledger', 'climate, weather', 'Heavy rain across the valley raised river levels to their highest in a decade. Engineers opened the sluice gates at dawn.'],
    ['How a small library became the heart of its town', 'Civic Weekly', 'books', 'Volunteers kept the reading room open every evening. The library now lends tools, seeds and musical instruments.'],
    ['Central bank holds rates as inflation cools', 'Market Wire', 'economy', 'The central bank kept its main rate unchanged on Thursday, saying inflation had eased for a third month.'],
    ['A field guide to autumn mushrooms', 'Outdoors Journal', 'nature', 'Learn to tell the edible chanterelle from its look-alikes. Never eat a mushroom you cannot name with certainty.'],
    ['Solar farms and sheep share the same fields', 'The Northern Ledger', 'climate, energy', 'Grazing sheep keep the grass short beneath the panels, and farmers earn from both the land and the sun.'],
  ];
  const clippings = items.map(([title, site, tags, text], i) => ({
    id: 9000 + i, kind: 'article', key: '', url: `https://example.org/story-${i}`, canonicalUrl: `https://example.org/story-${i}`,
    title, byline: 'Staff reporter', siteName: site, publishedTime: new Date(base - (i + 1) * 86_400_000).toISOString(), lang: 'en', dir: 'ltr',
    savedAt: base + i * 3_600_000, tags: tags!.split(', '), note: i === 1 ? 'Read again before the town meeting.' : '',
    excerpt: text, wordCount: text!.split(' ').length, textFragmentUrl: null as string | null, text, html: `<p>${text}</p>`,
  }));
  const passage = 'Grazing sheep keep the grass short beneath the panels';
  clippings.push({ ...clippings[4]!, id: 9100, kind: 'selection', text: passage, html: `<p>${passage}</p>`, excerpt: passage, tags: ['energy'], note: '',
    wordCount: 9, savedAt: base - 3_600_000, textFragmentUrl: `${clippings[4]!.url}#:~:text=${encodeURIComponent(passage)}` });
  return JSON.stringify({ format: 'clean-reader-backup', version: 1, exportedAt: new Date(base).toISOString(), count: clippings.length, clippings });
}

function tempFile(name: string, text: string): string {
  const file = path.join(tmpdir(), `${Date.now()}-${name}`);
  writeFileSync(file, text);
  return file;
}

test('saves a page and a selection from the context menu, and a page from the keyboard command', async ({ extContext, server, worker }) => {
  const page = await extContext.newPage();
  const url = `${server.origin}/profit-digital-cooperation.html`;
  await page.goto(url);

  const saved = await menuClick(worker, url, { menuItemId: 'cr-save-page' });
  expect(saved.result).toMatchObject({ ok: true });
  expect(saved.badge).toBe('✓');
  expect(saved.title).toMatch(/saved/i);
  const article = (await storedClippings(worker)).find((c) => c.title === TITLE && c.kind === 'article');
  expect(article).toMatchObject({ byline: 'News Desk', siteName: 'Profit by Pakistan Today' });
  expect(String(article?.html)).not.toMatch(/<script|onerror|onclick/i);

  // Select the second paragraph of the article, then "Save selection to Clean Reader".
  const passage = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => /China Mobile/.test(el.textContent ?? ''))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  const selection = await menuClick(worker, url, { menuItemId: 'cr-save-selection', selectionText: passage });
  expect(selection.result).toMatchObject({ ok: true, updated: false });
  const clip = (await storedClippings(worker)).find((c) => c.kind === 'selection' && String(c.text).includes('China Mobile'));
  expect(clip).toMatchObject({ title: expect.stringContaining('digital cooperation'), url });
  expect(String(clip?.textFragmentUrl)).toContain(`${url}#:~:text=`);
  expect(String(clip?.html)).toContain('China Mobile');

  // The keyboard command saves the page again: the same clipping, updated.
  const command = await menuClick(worker, url, { command: 'save-page' });
  expect(command.result).toMatchObject({ ok: true, updated: true, id: article!.id });
  expect((await storedClippings(worker)).filter((c) => c.title === TITLE && c.kind === 'article')).toHaveLength(1);

  // Nothing selected: a clear "!" on the toolbar button, nothing stored.
  await page.evaluate(() => getSelection()!.removeAllRanges());
  const before = (await storedClippings(worker)).length;
  const empty = await menuClick(worker, url, { menuItemId: 'cr-save-selection' });
  expect(empty).toMatchObject({ result: { ok: false, reason: 'no-selection' }, badge: '!' });
  expect(empty.title).toMatch(/no text was selected/);
  expect(await storedClippings(worker)).toHaveLength(before);

  // Leave no second clipping titled like the demo article for the other specs sharing this browser.
  expect(await deleteThroughBackground(extContext, worker, clip!.id as number)).toMatchObject({ ok: true, value: { deleted: [{ kind: 'selection' }] } });
  await page.close();
});

/** Deletes a clipping through the background, its only writer, as the library would. */
async function deleteThroughBackground(extContext: BrowserContext, worker: Worker, id: number) {
  const extPage = await extContext.newPage();
  await extPage.goto(`chrome-extension://${new URL(worker.url()).host}/library.html`);
  const reply = await extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-clippings', ids: [id] }), id);
  await extPage.close();
  return reply;
}

test('the context menu saves a page whose markup shadows the extension globals (named form "chrome", ids "browser")', async ({ extContext, server, worker }) => {
  // Named elements become properties of the window in the isolated world too; a script that
  // carried webextension-polyfill read them as the extension API and failed.
  const demo = readFileSync(path.join(PAGES_DIR, 'profit-digital-cooperation.html'), 'utf8');
  server.routes.set('/shadowed-globals.html', demo.replace('<body>', '<body><form name="chrome"><input name="runtime"></form><a id="browser" href="#b">b</a>'));
  const page = await extContext.newPage();
  const url = `${server.origin}/shadowed-globals.html`;
  await page.goto(url);
  const saved = await menuClick(worker, url, { menuItemId: 'cr-save-page' });
  expect(saved.result).toMatchObject({ ok: true });
  const clip = (await storedClippings(worker)).find((c) => c.url === url);
  expect(clip).toMatchObject({ kind: 'article', byline: 'News Desk' });
  expect(String(clip?.text)).toContain('China Mobile');
  expect(await deleteThroughBackground(extContext, worker, clip!.id as number)).toMatchObject({ ok: true });
  await page.close();
});

test('the popup opens the library, which is also the options page', async ({ extContext, server, openPopupFor, worker }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const popup = await openPopupFor(page);
  const [library] = await Promise.all([extContext.waitForEvent('page'), popup.getByRole('button', { name: 'Library' }).click()]);
  await expect(library).toHaveURL(/\/library\.html$/);
  await expect(library.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  const options = await worker.evaluate(() => chrome.runtime.getManifest().options_ui);
  expect(options).toEqual({ page: 'library.html', open_in_tab: true });
  await Promise.all([library.close(), popup.close(), page.close()]);
});

test('the library imports a backup, searches with highlights, filters, tags and deletes with undo', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await openLibrary(page, extensionId);

  // Import (a backup with five clippings), with the outcome in words.
  await importThroughLibrary(page, tempFile('seed.json', seedBackup()));
  await expect(page.getByRole('status')).toContainText(/Imported: \d+ new/);
  await expect(page.getByRole('heading', { name: 'Solar farms and sheep share the same fields' }).first()).toBeVisible();
  await screenshot(page, 'library');

  // Search: a word being typed, a phrase; the matches are marked.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('sheep');
  await expect(page.locator('.cr-card')).toHaveCount(2);
  await expect(page.locator('.cr-card mark').first()).toHaveText('sheep');
  await search.fill('"central bank"');
  await expect(page.locator('.cr-card')).toHaveCount(1);
  await expect(page.locator('.cr-card-title')).toHaveText('Central bank holds rates as inflation cools');
  await expect(page.locator('.cr-card-title mark')).toHaveText(['Central', 'bank']);
  await search.fill('"bank central"');
  await expect(page.getByText('No clippings match.')).toBeVisible();
  await search.fill('cooperat');
  await expect(page.locator('.cr-card-title', { hasText: TITLE }).first()).toBeVisible();
  await screenshot(page, 'library-search');

  // Tags: edit them (keyboard only), then filter by one.
  await search.fill('mushrooms');
  const card = page.locator('.cr-card').filter({ hasText: 'A field guide to autumn mushrooms' });
  await card.getByRole('button', { name: /Edit tags and note/ }).click();
  await card.getByLabel('Tags, separated by commas').fill('nature, fungi, Nature');
  await card.getByLabel('Note').fill('Bring a basket');
  await card.getByLabel('Note').press('Tab');
  await page.keyboard.press('Enter');
  await expect(card.locator('.cr-tag')).toHaveText(['nature', 'fungi']);
  await expect(card.locator('.cr-card-note')).toContainText('Bring a basket');
  await search.fill('');
  await page.getByLabel('Tag', { exact: true }).selectOption('fungi');
  await expect(page.locator('.cr-card')).toHaveCount(1);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Kind').selectOption('selection');
  await expect(page.locator('.cr-card').first()).toContainText('Selection');
  await page.getByLabel('Kind').selectOption('');
  await page.getByLabel('Sort').selectOption('title-asc');
  await expect(page.locator('.cr-card-title').first()).toHaveText(/^A/);
  await page.getByLabel('Sort').selectOption('saved-desc');

  // Delete with undo.
  await search.fill('library became');
  const libraryCard = page.locator('.cr-card').filter({ hasText: 'How a small library became the heart of its town' });
  await libraryCard.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('status')).toContainText('Deleted: 1.');
  await expect(libraryCard).toHaveCount(0);
  expect((await storedClippings(worker)).some((c) => c.title === 'How a small library became the heart of its town')).toBe(false);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Restored: 1.');
  await expect(libraryCard).toHaveCount(1);
  expect((await storedClippings(worker)).find((c) => c.title === 'How a small library became the heart of its town')).toMatchObject({ id: 9001, note: 'Read again before the town meeting.' });
  await search.fill('');

  // Dark theme, the same page.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 29, 33)');
  await screenshot(page, 'library-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.close();
});

test('an open library refreshes by itself for a save made elsewhere, keeping its query, selection and scroll', async ({ extContext, extensionId }) => {
  const library = await extContext.newPage();
  await library.setViewportSize({ width: 900, height: 500 });
  await openLibrary(library, extensionId);
  const sender = await extContext.newPage();
  await sender.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  const save = (n: number) => sender.evaluate((d) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: d }), {
    kind: 'article', url: `https://example.org/wombat-${n}`, canonicalUrl: `https://example.org/wombat-${n}`, title: `Wombat census ${n}`, byline: null, siteName: null,
    publishedTime: null, lang: 'en', dir: 'ltr', html: '<p>Wombats were counted.</p>', text: 'Wombats were counted.', excerpt: 'Wombats', wordCount: 3, textFragmentUrl: null,
  });
  const count = async () => Number((await library.locator('.cr-storage p').first().textContent())!.match(/Clippings: (\d+)/)![1]);
  // Counted a moment after the first page (with the filter lists), not as the library opens.
  await expect(library.locator('.cr-storage')).toContainText(/Clippings: \d/);
  const before = await count();

  // Scrolled down the whole library: a save elsewhere updates the count, and the reader stays where they were.
  await library.evaluate(() => window.scrollTo(0, 300));
  const scrolled = await library.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  expect(await save(1)).toMatchObject({ ok: true });
  await expect(library.locator('.cr-storage')).toContainText(`Clippings: ${before + 1}`);
  await expect(library.locator('.cr-card-title').first()).toHaveText('Wombat census 1');
  expect(await library.evaluate(() => window.scrollY)).toBe(scrolled);

  // A search and a selection stay as they were; what matches the search and was saved elsewhere shows up.
  const search = library.getByRole('searchbox', { name: 'Search' });
  await search.fill('wombat');
  await expect(library.locator('.cr-card-title')).toHaveText(['Wombat census 1']);
  await library.getByRole('checkbox', { name: /Wombat census 1/ }).check();
  expect(await save(2)).toMatchObject({ ok: true });
  await expect(library.locator('.cr-card-title')).toHaveText(['Wombat census 2', 'Wombat census 1']);
  await expect(search).toHaveValue('wombat');
  await expect(library.getByRole('checkbox', { name: /Wombat census 1/ })).toBeChecked();
  await expect(library.locator('.cr-storage')).toContainText(`Clippings: ${before + 2}`);
  await Promise.all([library.close(), sender.close()]);
});

test('the library exports all to JSON and imports it back; a broken file changes nothing and says why', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all (JSON backup)' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const backup = JSON.parse(text);
  const stored = await storedClippings(worker);
  expect(backup).toMatchObject({ format: 'clean-reader-backup', version: 2, count: stored.length });
  expect(backup.clippings.map((c: { id: number }) => c.id)).toEqual(stored.map((c) => c.id));
  await expect(page.getByRole('status')).toContainText(`Exported ${stored.length} clippings.`);

  // Select two clippings and delete them, then import the backup: they come back, nothing else changes.
  await page.locator('.cr-card-check').nth(0).check();
  await page.locator('.cr-card-check').nth(1).check();
  await expect(page.getByRole('group', { name: '2 selected' })).toBeVisible();
  const [selectedMd] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown folder' }).click()]);
  const markdown = [...zipTexts((await selectedMd.path())!).values()];
  expect(markdown.filter((file) => file.startsWith('---\ntitle: '))).toHaveLength(2);
  await page.getByRole('group', { name: '2 selected' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted: 2.');
  expect(await storedClippings(worker)).toHaveLength(stored.length - 2);

  await importThroughLibrary(page, tempFile('backup.json', text));
  await expect(page.getByRole('status')).toContainText(stored.length > 2 ? `Imported: 2 new, ${stored.length - 2} already there.` : 'Imported: 2 new.');
  expect(await storedClippings(worker)).toEqual(stored);

  // A truncated file, a file of another version: nothing imported, and the message names the problem.
  const refused = async (name: string, content: string, ...words: string[]) => {
    await chooseImport(page, tempFile(name, content));
    for (const w of words) await expect(page.getByRole('dialog').getByRole('alert')).toContainText(w);
    await cancelImport(page);
  };
  await refused('cut.json', text.slice(0, text.length / 2), "This file can't be imported, and nothing was changed. The file is not complete JSON; it may be cut short");
  await refused('v9.json', text.replace('"version":2', '"version":9'), 'This backup is version 9; this Clean Reader reads versions 1 and 2.');
  const broken = JSON.parse(text);
  broken.clippings.push({ ...broken.clippings[0], id: 123456, url: 'https://new.example/x', canonicalUrl: 'https://new.example/x', tags: 'oops' });
  broken.count++;
  await chooseImport(page, tempFile('types.json', JSON.stringify(broken)));
  await expect(page.getByRole('alert')).toContainText(`clippings[${broken.count - 1}]`);
  await expect(page.getByRole('alert')).toContainText('"tags" must be a list of text');
  expect(await storedClippings(worker)).toEqual(stored);
  await screenshot(page, 'library-import-error');
  await cancelImport(page);

  // One clipping as Markdown and as standalone HTML, from its card.
  await page.getByRole('searchbox', { name: 'Search' }).fill('"digital cooperation"');
  const card = page.locator('.cr-card').filter({ hasText: TITLE }).first();
  const [md] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /as Markdown$/ }).click()]);
  const one = readFileSync((await md.path())!, 'utf8');
  expect(one).toMatch(/^---\ntitle: ".*digital cooperation.*"\nurl: "http:\/\/127\.0\.0\.1:\d+\/profit-digital-cooperation\.html"/);
  expect(one).toContain('author: "News Desk"');
  const [html] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /as HTML$/ }).click()]);
  expect(readFileSync((await html.path())!, 'utf8')).toMatch(/^<!doctype html>[\s\S]*China Mobile/);
  await page.close();
});

test('the library is usable from the keyboard and its controls are labelled', async ({ extContext, extensionId }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  for (const label of ['Sort', 'Tag', 'Site', 'Kind']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')].filter((el) => {
      const e = el as HTMLInputElement;
      return e.type !== 'file' && !e.labels?.length && !e.getAttribute('aria-label') && !e.textContent?.trim();
    }).length,
  );
  expect(unlabelled).toBe(0);
  const { AxeBuilder } = await import('@axe-core/playwright');
  // the whole page: its landmarks too (everything inside a main region)
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.close();
});

test('an open library shows clippings saved elsewhere meanwhile', async ({ extContext, extensionId, server, worker }) => {
  const library = await extContext.newPage();
  await openLibrary(library, extensionId);
  const search = library.getByRole('searchbox', { name: 'Search' });
  await search.fill('zzz ');
  await expect(library.getByText('No clippings match.')).toBeVisible();
  await search.fill('');
  server.routes.set('/late.html', `<!doctype html><title>Late arrival</title><body><article><h1>Late arrival</h1>${'<p>A quokka story told at length, sentence after sentence, for the reader. </p>'.repeat(12)}</article>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/late.html`);
  expect((await menuClick(worker, page.url(), { menuItemId: 'cr-save-page' })).result).toMatchObject({ ok: true });
  await search.fill('quokka');
  await expect(library.locator('.cr-card-title', { hasText: 'Late arrival' })).toBeVisible();
  await search.fill('');
  await expect(library.locator('.cr-card-title').first()).toHaveText('Late arrival');
  await Promise.all([library.close(), page.close()]);
});
