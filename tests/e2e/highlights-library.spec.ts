// Issue #12 in the library: highlights, reading progress and state written through the background's
// messages (as the reader writes them) show in the library (counts, states, filters, search, "Continue
// reading"), leave it in the Markdown and Readwise CSV exports, and survive a backup and restore identically.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { emptyLibrary, expect, screenshot, storedClippings, test } from './fixtures';
import { importThroughLibrary, zipTexts } from './import-dialog';

const HOSTILE = '<img src=x onerror="console.log(\'XSS-note\')"><script>console.log("XSS-quote")</script>';

/** Sends a message to the background from an extension page, as the reader does; fails the test on an error reply. */
async function send(page: Page, message: Record<string, unknown>): Promise<unknown> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as { ok: boolean; value?: unknown; message?: string };
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  return reply.value;
}

function draft(n: number, title: string, text: string) {
  const url = `https://example.org/marks-${n}`;
  return { kind: 'article', url, canonicalUrl: url, title, byline: 'Staff reporter', siteName: 'The Ledger', publishedTime: null, lang: 'en',
    dir: 'ltr', html: `<p>${text}</p>`, text, excerpt: text, wordCount: text.split(' ').length, textFragmentUrl: null };
}

function highlight(id: string, exact: string, start: number, note: string) {
  return { id, color: 'yellow', note, createdAt: Date.UTC(2026, 11, 1, 9), updatedAt: Date.UTC(2026, 11, 1, 9),
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } };
}

test.beforeAll(async ({ extContext, extensionId, worker }) => {
  await emptyLibrary({ extContext, extensionId, worker });
  const page = await extContext.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const texts = [
    ['Herons return to the estuary', 'Grey herons nested again on the estuary this spring, after ten years away. Cormorants followed them.'],
    ['A ledger of small repairs', 'The council fixed forty benches and a bridge rail. Residents asked for more lamps on the river path.'],
    ['Night trains come back', 'Sleeper services between the capitals resume in March, with cabins for four and a dining car.'],
    ['Tide tables for the season', 'High water at the harbour reaches its peak in the first week of October.'],
  ];
  const ids2: number[] = [];
  for (const [i, [title, text]] of texts.entries()) ids2.push(((await send(page, { type: 'save-clipping', draft: draft(i, title!, text!) })) as { id: number }).id);
  // The first: two highlights, one with a note (a word only the note has), one with a hostile note; in progress.
  await send(page, { type: 'add-highlight', clippingId: ids2[0], highlight: highlight('h1', 'Grey herons nested again', 0, 'Ask the warden about the kingfisher') });
  await send(page, { type: 'add-highlight', clippingId: ids2[0], highlight: highlight('h2', 'Cormorants followed them.', 80, HOSTILE) });
  await send(page, { type: 'save-progress', clippingId: ids2[0], progress: { fraction: 0.4, anchor: null, updatedAt: 1 } });
  // The second: saved and highlighted in one message (not saved before); finished.
  await send(page, { type: 'add-highlight', clippingId: null, draft: draft(9, 'Lamps on the river path', 'Residents asked for more lamps on the river path.'), highlight: highlight('h3', 'more lamps', 20, '') });
  await send(page, { type: 'set-state', ids: [ids2[1]], state: 'finished' });
  await send(page, { type: 'save-progress', clippingId: ids2[2], progress: { fraction: 0.75, anchor: null, updatedAt: 2 } });
  await page.close();
});

async function openLibrary(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.locator('.cr-lib-count')).toContainText('of 5');
}

const card = (page: Page, title: string) => page.locator('.cr-card').filter({ has: page.getByRole('heading', { name: title }) });

test('the library shows highlight counts and states, filters and searches them, and sets states', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (/XSS-/.test(m.text()) && errors.push(m.text())));
  await openLibrary(page, extensionId);
  await expect(card(page, 'Herons return to the estuary').locator('.cr-marks')).toHaveText(/In progress.*40 % read.*Highlights: 2/);
  await expect(card(page, 'A ledger of small repairs').locator('.cr-marks')).toHaveText('Finished');
  await expect(card(page, 'Lamps on the river path').locator('.cr-marks')).toHaveText('Highlights: 1');
  await expect(card(page, 'Tide tables for the season').locator('.cr-marks')).toHaveCount(0);
  // Continue reading: in progress, the one read last first.
  await expect(page.getByRole('region', { name: 'Continue reading' }).getByRole('link')).toHaveText(['Night trains come back', 'Herons return to the estuary']);
  await screenshot(page, 'library-highlights');

  await page.getByLabel('Has highlights').check();
  await expect(page.locator('.cr-lib-count')).toContainText('of 2');
  await page.getByLabel('State', { exact: true }).selectOption('reading');
  await expect(page.getByRole('heading', { level: 2, name: /estuary/ })).toBeVisible();
  await expect(page.locator('.cr-lib-count')).toContainText('of 1');
  await page.getByLabel('Has highlights').uncheck();
  await page.getByLabel('State', { exact: true }).selectOption('');
  // A word that only a highlight's note holds.
  await page.getByRole('searchbox').fill('kingfisher ');
  await expect(page.locator('.cr-card h2')).toHaveText(['Herons return to the estuary']);
  await page.getByRole('searchbox').fill('');

  // Sort by state: in progress first (read last on top), then unread, finished.
  await page.getByLabel('Sort').selectOption({ label: 'In progress first' });
  await expect(page.locator('.cr-card h2')).toHaveText(['Night trains come back', 'Herons return to the estuary', 'Lamps on the river path', 'Tide tables for the season', 'A ledger of small repairs']);

  // Archive one from its card; mark two finished from the selection.
  await card(page, 'Tide tables for the season').getByRole('button', { name: 'Archive “Tide tables for the season”' }).click();
  await expect(card(page, 'Tide tables for the season').locator('.cr-marks')).toHaveText('Archived');
  await card(page, 'Night trains come back').locator('.cr-card-check').check();
  await card(page, 'Lamps on the river path').locator('.cr-card-check').check();
  await page.getByRole('group', { name: '2 selected' }).getByRole('button', { name: 'Mark finished' }).click();
  await expect(page.getByRole('status').first()).toContainText('Finished: 2.');
  const states = Object.fromEntries((await storedClippings(worker)).map((c) => [c.title, c.state]));
  expect(states).toEqual({ 'Herons return to the estuary': 'reading', 'A ledger of small repairs': 'finished', 'Night trains come back': 'finished',
    'Tide tables for the season': 'archived', 'Lamps on the river path': 'finished' });
  await screenshot(page, 'library-states');
  expect(errors).toEqual([]);
  await page.close();
});

test('exports highlights to Markdown and Readwise CSV, and a backup restores them identically', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  await card(page, 'Herons return to the estuary').locator('.cr-card-check').check();
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: '1 selected' }).getByRole('button', { name: 'Export as Markdown folder' }).click()]);
  expect(md.suggestedFilename()).toMatch(/^clean-reader-\d{4}-\d\d-\d\d\.zip$/);
  const markdown = [...zipTexts((await md.path())!).values()].join('\n');
  expect(markdown).toContain('## Highlights\n\n> Grey herons nested again ([link](<https://example.org/marks-0#:~:text=Grey%20herons%20nested%20again>))\n\nAsk the warden about the kingfisher\n');
  expect(markdown).toContain('state: "reading"\nprogress: 0.4\n');
  expect(markdown).toContain('\\<img src=x onerror="console.log(\'XSS-note\')">\\<script>');
  await page.getByRole('group', { name: '1 selected' }).getByRole('button', { name: 'Clear selection' }).click();

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all highlights (CSV, Readwise)' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^clean-reader-highlights-\d{4}-\d\d-\d\d\.csv$/);
  const csv = Papa.parse<Record<string, string>>(readFileSync((await csvDownload.path())!, 'utf8'), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.meta.fields).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
  expect(csv.data.map((r) => [r.Highlight, r.Title, r.Note, r.Location])).toEqual([
    ['Grey herons nested again', 'Herons return to the estuary', 'Ask the warden about the kingfisher', '0'],
    ['Cormorants followed them.', 'Herons return to the estuary', HOSTILE, '80'],
    ['more lamps', 'Lamps on the river path', '', '20'],
  ]);
  await expect(page.getByRole('status').first()).toContainText('Exported 3 highlights.');

  // Backup, delete everything, restore: every row as it was (highlights, state, progress, dates).
  const before = await storedClippings(worker);
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all (JSON backup)' }).click()]);
  expect(backup.suggestedFilename()).toMatch(/^clean-reader-backup-\d{4}-\d\d-\d\d\.json$/);
  const file = (await backup.path())!;
  await send(page, { type: 'delete-clippings', ids: before.map((c) => c.id) });
  expect(await storedClippings(worker)).toEqual([]);
  await page.reload();
  await importThroughLibrary(page, file);
  await expect(page.getByRole('status').first()).toContainText('Imported: 5 new.');
  expect(await storedClippings(worker)).toEqual(before);
  await page.close();
});

test('the popup on a page already saved says how far it was read, and Continue opens the reader there', async ({ extContext, extensionId, server, openPopupFor, worker }) => {
  const page = await extContext.newPage();
  const url = `${server.origin}/profit-digital-cooperation.html`;
  await page.goto(url);
  const popup = await openPopupFor(page);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
  const saved = (await storedClippings(worker)).find((c) => c.url === url)!;
  await send(popup, { type: 'save-progress', clippingId: saved.id, progress: { fraction: 0.4, anchor: null, updatedAt: 3 } });
  await popup.close();

  const again = await openPopupFor(page);
  await expect(again.locator('.cr-saved-banner')).toHaveText('Saved · 40 % read');
  const main = again.locator('.cr-actions .cr-button-primary');
  await expect(main).toHaveText('Continue');
  await screenshot(again, 'popup-saved-banner');
  const [reader] = await Promise.all([extContext.waitForEvent('page'), main.click()]);
  await reader.waitForLoadState();
  expect(reader.url()).toBe(`chrome-extension://${extensionId}/reader.html?clip=${saved.id}`);
  // Leave the demo page unsaved for the other specs sharing this browser.
  await send(reader, { type: 'delete-clippings', ids: [saved.id] });
  await Promise.all([reader.close(), page.close()]);
});
