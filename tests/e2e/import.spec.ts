import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { instapaperCsv, omnivoreZip, pocketCsv, pocketZip } from '../fixtures/imports';
import { expect, screenshot, storedClippings, test, emptyLibrary } from './fixtures';
import { cancelImport, chooseImport, confirmImport, importThroughLibrary, zipTexts } from './import-dialog';
import { PAGES_DIR } from './server';

// Issue #13 end to end: other apps' exports made here, imported through the library's preview; a link-only
// item filled in by visiting its page; the library exported as a folder of Markdown files.
const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';

// The tests build on each other's library (the Pocket import's link is filled in, the Instapaper import's items are
// exported): run as one group, retried from the start, so a retry never finds a library without what came before.
test.describe.configure({ mode: 'serial' });
test.beforeAll(emptyLibrary);

/** A file to choose, under its own name (the messages name it). */
function tempFile(name: string, content: Uint8Array | string) {
  return { name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) };
}

async function openLibrary(page: Page, extensionId: string): Promise<void> {
  page.on('dialog', (d) => {
    throw new Error(`a page dialog opened: ${d.message()}`);
  });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
}

const count = (page: Page, key: string) => page.locator(`[data-count="${key}"] td`);
const byUrl = async (worker: Parameters<typeof storedClippings>[0], url: string) => (await storedClippings(worker)).find((c) => c.url === url)!;

test('a Pocket zip: preview first (nothing written), then link-only "to read" clippings with state, tags and dates', async ({ extContext, extensionId, server, worker }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await openLibrary(page, extensionId);
  const zip = pocketZip([
    { title: TITLE, url: `${server.origin}/profit-digital-cooperation.html`, time_added: 1_700_000_000, tags: 'asia|tech', status: 'archive' },
    { title: 'Rivers of the north rise', url: 'https://example.org/rivers', time_added: 1_690_000_000, tags: 'climate', status: 'unread' },
    { title: 'Not a web page', url: 'javascript:alert(1)', time_added: 1_690_000_000, tags: '', status: 'unread' },
    { title: 'Rivers again', url: 'https://example.org/rivers?utm_source=pocket', time_added: 1_690_000_100, tags: 'weather', status: 'unread' },
  ], [
    { url: 'https://example.org/rivers', title: 'Rivers', highlights: [{ quote: 'The river rose at dawn.', created_at: 1_690_000_200 }] },
    // placed once the page fills the text in (the fill-in test below)
    { url: `${server.origin}/profit-digital-cooperation.html`, title: TITLE, highlights: [{ quote: 'further collaboration on digital infrastructure', created_at: 1_700_000_100 }] },
  ]);

  // The whole-library tools are one size: the exports, the Import… label and the Sync panel's summary.
  const tools = [page.getByRole('button', { name: 'Export all (JSON backup)' }), page.locator('label.cr-file-button'), page.locator('.cr-sync > summary')];
  const looks = await Promise.all(tools.map((tool) => tool.evaluate((el) => {
    const style = getComputedStyle(el);
    return `${style.fontSize} ${style.lineHeight} ${style.padding} ${Math.round(el.getBoundingClientRect().height)}`;
  })));
  expect(new Set(looks).size, looks.join(' | ')).toBe(1);

  await chooseImport(page, tempFile('pocket-export.zip', zip));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Import from Pocket (export zip)');
  await expect(count(page, 'importCountNew')).toHaveText('2');
  await expect(count(page, 'importCountLinkOnly')).toHaveText('2');
  await expect(count(page, 'importCountHighlights')).toHaveText('2');
  // a link-only item has no text to place a highlight in yet: the preview says what becomes of it (asserted below)
  await expect(page.locator('[data-count="importCountHighlights"] th')).toContainText('on a link-only item, they are placed when its text is added');
  await expect(count(page, 'importCountRejected')).toHaveText('1');
  await expect(count(page, 'importCountDuplicates')).toHaveText('1');
  await expect(dialog.locator('.cr-import-problems li', { hasText: 'not a web address' })).toContainText('part_000000.csv, row 4, column “url”: javascript:alert(1)');
  await expect(dialog).toContainText('part_000000.csv, row 5: the same address as part_000000.csv, row 3; merged into it');
  await screenshot(page, 'import-preview');
  expect(await storedClippings(worker), 'nothing written before the reader confirms').toEqual([]);

  await confirmImport(page);
  await expect(page.getByRole('status')).toContainText('Imported: 2 new.');
  expect(await byUrl(worker, `${server.origin}/profit-digital-cooperation.html`)).toMatchObject({
    title: TITLE, linkOnly: true, state: 'archived', source: 'pocket', tags: ['asia', 'tech'], savedAt: 1_700_000_000_000, html: '', siteName: '127.0.0.1',
  });
  // its highlight waits for the text as a highlight (placed by its quote once the page fills it in), not in the note
  expect(await byUrl(worker, 'https://example.org/rivers')).toMatchObject({ state: 'unread', tags: ['climate', 'weather'], note: '', highlightCount: 1,
    highlights: [{ quote: { exact: 'The river rose at dawn.' } }] });
  await expect(page.getByRole('heading', { name: 'Rivers of the north rise' })).toBeVisible();
  // The header agrees with the cards from the moment they show (read once, not waited for): their count, and the exports on.
  expect(await page.locator('.cr-storage p').first().textContent()).toMatch(/^Clippings: 2 · /);
  expect(await page.getByRole('button', { name: 'Export all (JSON backup)' }).isEnabled()).toBe(true);
  await screenshot(page, 'import-done');
  await page.close();
});

test('an Instapaper CSV (folders as states and tags) and an Omnivore zip (text sanitized, highlights anchored)', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  const csv = instapaperCsv([
    { URL: 'https://example.org/instapaper-1', Title: 'Saved in Instapaper', Selection: 'A passage', Folder: 'Starred', Timestamp: 1_680_000_000, Tags: ['ideas'] },
    { URL: 'https://example.org/instapaper-2', Title: 'Read in Instapaper', Selection: '', Folder: 'Archive', Timestamp: 1_680_000_100, Tags: [] },
    { URL: 'https://example.org/rivers', Title: 'Rivers (Instapaper)', Selection: '', Folder: 'Unread', Timestamp: 1_680_000_200, Tags: ['north'] },
  ]);
  await chooseImport(page, tempFile('instapaper-export.csv', csv));
  await expect(page.getByRole('dialog').getByRole('heading')).toHaveText('Import from Instapaper (CSV)');
  await expect(count(page, 'importCountNew')).toHaveText('2');
  await expect(count(page, 'importCountExisting')).toHaveText('1');
  await confirmImport(page);
  await expect(page.getByRole('status')).toContainText('Imported: 2 new, 1 merged.');
  expect(await byUrl(worker, 'https://example.org/instapaper-1')).toMatchObject({ state: 'unread', tags: ['ideas', 'Starred'], excerpt: 'A passage', source: 'instapaper' });
  expect(await byUrl(worker, 'https://example.org/instapaper-2')).toMatchObject({ state: 'archived' });
  // Already there: it gains the tag, keeps its own title and state.
  expect(await byUrl(worker, 'https://example.org/rivers')).toMatchObject({ title: 'Rivers of the north rise', tags: ['climate', 'weather', 'north'], source: 'pocket' });

  const omnivore = omnivoreZip([{
    id: 'o1', slug: 'harbour-lights', title: 'Harbour lights return', author: 'A. Writer', url: 'https://example.org/harbour', state: 'Active', readingProgress: 35,
    labels: ['towns'], savedAt: '2024-10-30T12:39:28.023Z', publishedAt: '2024-10-29T08:00:00.000Z',
    html: '<h1>Harbour lights</h1><p>The harbour lights came back on after ten years.</p><img src=x onerror="alert(1)"><script>alert(2)</script><p>Fishermen cheered.</p>',
    highlights: [{ quote: 'came back on after ten years', note: 'A decade!' }, { quote: 'A sentence Omnivore kept from an older copy' }],
  }]);
  // its handlers are dropped before the page parses it: Chromium logged a CSP violation for each, though none ran
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await chooseImport(page, tempFile('omnivore-export.zip', omnivore));
  await expect(count(page, 'importCountContent')).toHaveText('1');
  expect(logged.filter((text) => /inline event handler/i.test(text))).toEqual([]);
  await confirmImport(page);
  await expect(page.getByRole('status')).toContainText('Imported: 1 new');
  const harbour = await byUrl(worker, 'https://example.org/harbour');
  expect(harbour).toMatchObject({ linkOnly: false, state: 'reading', progress: { fraction: 0.35 }, tags: ['towns'], byline: 'A. Writer', highlightCount: 1,
    note: '“A sentence Omnivore kept from an older copy”' });
  expect(harbour.html).not.toMatch(/script|onerror|alert/);
  expect((harbour.highlights as Array<{ quote: { exact: string }; note: string }>)[0]).toMatchObject({ quote: { exact: 'came back on after ten years' }, note: 'A decade!' });

  // The reader opens it with its text; nothing in it runs.
  const [reader] = await Promise.all([extContext.waitForEvent('page'), page.getByRole('list', { name: 'Clippings' }).getByRole('link', { name: 'Harbour lights return' }).click()]);
  await expect(reader.locator('#article').getByText('The harbour lights came back on after ten years.')).toBeVisible();
  await reader.close();
  await page.close();
});

test('files that are no export: a message naming the problem, nothing written', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  const before = await storedClippings(worker);
  const cases: Array<[string, Uint8Array | string, RegExp]> = [
    ['photos.zip', zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }), /is a zip but not a Pocket or Omnivore export: it has no part_000000\.csv or metadata_\*\.json \(it holds photo\.jpg\)/],
    ['wrong.zip', zipSync({ 'part_000000.csv': strToU8('name,link\nA,https://a.example\n') }), /part_000000\.csv has the columns “name”, “link”; a Pocket export has .* \(missing: “title”, “url”, “time_added”, “tags”, “status”\)/],
    ['people.csv', 'name,email\nA,a@b.example\n', /“people\.csv” is not an export Clean Reader knows\. Its first line reads “name,email”/],
    ['page.html', '<html><body><script>alert(1)</script><p>No links here</p></body></html>', /holds no links: it is not a Pocket export/],
  ];
  for (const [name, content, message] of cases) {
    await chooseImport(page, tempFile(name, content));
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(new RegExp(`^This file can't be imported, and nothing was changed\\. .*${message.source}`));
    await expect(page.getByRole('dialog').getByRole('button', { name: /^Import/ })).toHaveCount(0);
    await cancelImport(page);
  }
  // A Pocket zip whose annotations file is cut: its link is imported; the file is told apart, not counted as left out.
  const rows = [{ title: 'Cut notes', url: 'https://example.org/cut-notes', time_added: 1, tags: '', status: 'unread' }];
  await chooseImport(page, tempFile('pocket-cut.zip', zipSync({ 'part_000000.csv': strToU8(pocketCsv(rows)), 'annotations/part_000000.json': strToU8('[{"url": "https://example.org/cut') })));
  await expect(count(page, 'importCountNew')).toHaveText('1');
  await expect(count(page, 'importCountRejected')).toHaveText('0');
  const cut = page.getByRole('dialog').locator('details');
  await expect(cut.locator('summary')).toHaveText(['Highlights not imported (1), and why']);
  await expect(cut.locator('li')).toHaveText(/^annotations\/part_000000\.json: the file's highlights could not be read: not JSON \(/);
  await screenshot(page, 'import-cut-annotations');
  await cancelImport(page);
  // Cancel on a good file writes nothing either; on a phone-sized window the preview fits, its counts in view.
  await page.setViewportSize({ width: 390, height: 844 });
  await chooseImport(page, tempFile('pocket.zip', pocketZip([{ title: 'Never', url: 'https://example.org/never', time_added: 1, tags: '', status: 'unread' }])));
  await expect(count(page, 'importCountNew')).toHaveText('1');
  const box = (await page.getByRole('dialog').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // at 400 % zoom (320 × 200 CSS px) it keeps most of the window to be read in (its 40 px margins left it 120 px)
  await page.setViewportSize({ width: 320, height: 200 });
  const short = (await page.getByRole('dialog').boundingBox())!;
  expect(short.height).toBeGreaterThanOrEqual(160);
  expect(short.y).toBeGreaterThanOrEqual(0);
  expect(short.y + short.height).toBeLessThanOrEqual(200);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeInViewport();
  await screenshot(page, 'import-400-percent');
  await cancelImport(page);
  expect(await storedClippings(worker)).toEqual(before);
  await page.close();
});

test('a file chosen right after Cancel opens its own dialog: the first dialog\'s late close event does not dismiss it', async ({ extContext, extensionId }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  await chooseImport(page, tempFile('first.csv', 'name,email\nA,a@b.example\n'));
  await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
  // Cancel, then a second file in the same task: the first dialog's "close" event is queued behind the choice
  // (evaluate returns once the first dialog's close event has been handled)
  await page.evaluate(() => {
    const dialog = document.querySelector('dialog')!;
    // resolved a task after the close event, once the library's own handler of it has run
    const closed = new Promise<void>((resolve) => dialog.addEventListener('close', () => setTimeout(resolve), { once: true }));
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['name,email\nB,b@b.example\n'], 'second.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return closed;
  });
  await expect(page.getByRole('dialog')).toContainText('second.csv');
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('second.csv');
  await page.close();
});

test('a link-only item opened from the library offers its page; visiting it fills it in, keeping its tags, state and date', async ({ extContext, extensionId, server, worker, openPopupFor }) => {
  const url = `${server.origin}/profit-digital-cooperation.html`;
  const page = await extContext.newPage();
  // the card's title opens the reader: no empty article there, but what to do, and the page
  await page.goto(`chrome-extension://${extensionId}/reader.html?clip=${(await byUrl(worker, url)).id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('status')).toContainText('Only the link to this article is in your library');
  // its Pocket highlight, as text until the text is there
  await expect(page.getByRole('region', { name: 'Your highlights, placed in the text once it is added' })).toContainText('further collaboration on digital infrastructure');
  await screenshot(page, 'reader-link-only');
  // readable in every theme (its button took the page's accent, not the theme's: white on light blue in dark)
  for (const theme of ['light', 'sepia', 'dark', 'contrast']) {
    await page.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }
  await page.evaluate(() => chrome.storage.sync.clear());
  await page.getByRole('link', { name: 'Open the page' }).click();
  await page.waitForURL(url);
  const popup = await openPopupFor(page);
  await expect(popup.locator('.cr-saved-banner')).toContainText('Saved: the text is now in your library');
  const filled = await byUrl(worker, url);
  expect(filled).toMatchObject({ linkOnly: false, state: 'archived', tags: ['asia', 'tech'], savedAt: 1_700_000_000_000, source: 'pocket' });
  expect(filled.text).toContain('digital');
  expect((await storedClippings(worker)).filter((c) => c.url === url)).toHaveLength(1);
  await popup.close();
  // the Pocket highlight is placed in the text the page filled in, painted as any highlight
  await page.goto(`chrome-extension://${extensionId}/reader.html?clip=${filled.id}`);
  await expect(page.locator('.cr-marks-list').first()).toContainText('further collaboration on digital infrastructure');
  await expect.poll(() => page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('cr-mark-yellow') ?? [])].map((r) => r.toString())))
    .toEqual(['further collaboration on digital infrastructure']);
  await page.close();
});

test('a link whose page names another canonical URL is filled in, not saved a second time', async ({ extContext, extensionId, server, worker, openPopupFor }) => {
  const path = '/amp/a-long-year.html';
  const html = readFileSync(join(PAGES_DIR, 'harbour-long.html'), 'utf8').replace('</head>', '<link rel="canonical" href="https://harbour.example/2024/a-long-year">\n</head>');
  server.routes.set(path, html);
  const url = `${server.origin}${path}`;
  const library = await extContext.newPage();
  await openLibrary(library, extensionId);
  await importThroughLibrary(library, tempFile('pocket-canonical.zip', pocketZip([{ title: 'A long year', url, time_added: 1_700_000_500, tags: 'harbour', status: 'unread' }])));
  await expect(library.getByRole('status')).toContainText('Imported: 1 new');
  const link = await byUrl(worker, url);
  const page = await extContext.newPage();
  await page.goto(url);
  const popup = await openPopupFor(page);
  await expect(popup.locator('.cr-saved-banner')).toContainText('Saved: the text is now in your library');
  const filled = await byUrl(worker, url);
  expect(filled).toMatchObject({ id: link.id, key: link.key, canonicalUrl: 'https://harbour.example/2024/a-long-year', linkOnly: false, tags: ['harbour'], savedAt: 1_700_000_500_000 });
  expect((await storedClippings(worker)).filter((c) => String(c.title).includes('long year'))).toHaveLength(1);
  await Promise.all([popup.close(), page.close(), library.close()]);
});

test('a link Pocket kept under another edition of the page’s canonical URL (http, m., AMP) is filled in by the popup and its save, once', async ({ extContext, extensionId, server, worker, openPopupFor }) => {
  const canonical = 'https://www.coastal-review.example/2025/tide-tables';
  const kept = 'http://m.coastal-review.example/2025/tide-tables/amp?utm_source=pocket';
  const path = '/share/tide-tables.html';
  server.routes.set(path, readFileSync(join(PAGES_DIR, 'reader-typography.html'), 'utf8').replace('</head>', `<link rel="canonical" href="${canonical}">\n</head>`));
  const url = `${server.origin}${path}`;
  const library = await extContext.newPage();
  await openLibrary(library, extensionId);
  await importThroughLibrary(library, tempFile('pocket-editions.zip', pocketZip([{ title: 'Tide tables', url: kept, time_added: 1_700_000_900, tags: 'sea|long read', status: 'unread' }])));
  await expect(library.getByRole('status')).toContainText('Imported: 1 new');
  // kept without Pocket's tracking tag
  const link = await byUrl(worker, kept.replace('?utm_source=pocket', ''));
  expect(link).toMatchObject({ linkOnly: true, tags: ['sea', 'long read'] });

  const page = await extContext.newPage();
  await page.goto(url);
  const popup = await openPopupFor(page);
  await expect(popup.locator('.cr-saved-banner')).toContainText('Saved: the text is now in your library');
  const filled = { id: link.id, key: link.key, url, canonicalUrl: canonical, linkOnly: false, tags: ['sea', 'long read'], state: 'unread', source: 'pocket' };
  expect(await byUrl(worker, url)).toMatchObject({ ...filled, savedAt: 1_700_000_900_000 });
  // The reader's own save then is a save of a page already there (its date moves to now): the same clipping.
  await popup.getByRole('button', { name: 'Save again' }).click();
  await expect(popup.getByRole('status')).toHaveText('Saved (updated)');
  const stored = (await storedClippings(worker)).filter((c) => c.key === link.key || c.canonicalUrl === canonical);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject(filled);

  await library.reload();
  await library.getByLabel('Tag', { exact: true }).selectOption('sea');
  const cards = library.locator('.cr-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.locator('.cr-tag')).toHaveText(['sea', 'long read']);
  await expect(cards.locator('.cr-card-title')).toHaveText('How the harbour town rebuilt its tide tables');
  await expect(cards.locator('.cr-card-excerpt')).not.toBeEmpty();
  await Promise.all([popup.close(), page.close(), library.close()]);
});

test('exports the library as a folder of Markdown files (and in the Obsidian layout)', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await openLibrary(page, extensionId);
  const stored = await storedClippings(worker);
  for (const obsidian of [false, true]) {
    const header = page.locator('.cr-lib-header');
    await header.getByLabel('Obsidian layout').setChecked(obsidian);
    const [download] = await Promise.all([page.waitForEvent('download'), header.getByRole('button', { name: 'Export all (Markdown folder)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^clean-reader-\d{4}-\d\d-\d\d\.zip$/);
    const files = zipTexts((await download.path())!);
    expect(files.size).toBe(stored.length);
    const notes = [...files].map(([name, text]) => {
      expect(name).toMatch(/^clean-reader-\d{4}-\d\d-\d\d\/[^/\\:*?"<>|]+\.md$/);
      const match = /^---\n([\s\S]*?)\n---\n\n# [\s\S]+$/.exec(text);
      expect(match, name).not.toBeNull();
      return parseYaml(match![1]!) as Record<string, unknown>;
    });
    const harbour = notes.find((n) => n.title === 'Harbour lights return')!;
    if (obsidian) expect(harbour).toMatchObject({ source: 'https://example.org/harbour', author: ['A. Writer'], tags: ['towns'], state: 'reading', created: '2024-10-30' });
    else expect(harbour).toMatchObject({ url: 'https://example.org/harbour', author: 'A. Writer', tags: ['towns'], state: 'reading', saved: '2024-10-30T12:39:28.023Z' });
  }
  await expect(page.getByRole('status')).toContainText(`Exported ${stored.length} clippings as Markdown files.`);
  await page.close();
});
