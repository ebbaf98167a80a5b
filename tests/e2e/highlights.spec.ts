/**
 * Issue #12 in the reader: select, highlight, note, reload, reopen from the library (re-anchored),
 * notes and quotes as text, axe with the toolbar and the panel open, and the reading position restored.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { selectText } from '../select-text';
import { emptyLibrary, expect, screenshot, storedClippings, tabIdOf, test } from './fixtures';

const NOTE_XSS = `<img src=x onerror="console.log('XSS-note')"> & <b>bold</b>`;

test.beforeEach(async ({ worker }) => {
  await worker.evaluate(() => chrome.storage.sync.clear());
});

/** Selects the first `text` in the reader's article. */
const select = (reader: Page, text: string) => reader.evaluate(selectText, ['.reader-body', text] as [string, string]);

/** What each registered Custom Highlight paints: colour name → the texts of its ranges. */
function painted(reader: Page): Promise<Record<string, string[]>> {
  return reader.evaluate(() => {
    const out: Record<string, string[]> = {};
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (name.startsWith('cr-mark-')) out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** The one stored clipping of `url` (the tests of this file share a browser and its database). */
async function onlyClipping(worker: Worker, url = '/harbour-long.html') {
  const rows = (await storedClippings(worker)).filter((row) => String(row.url).endsWith(url));
  expect(rows).toHaveLength(1);
  return rows[0] as { id: number; highlights: Array<{ note: string; color: string; quote: { exact: string } }>; progress: { fraction: number; anchor: { exact: string } | null } | null; highlightCount: number };
}

type Opened = Pick<Parameters<Parameters<typeof test>[2]>[0], 'extContext' | 'server' | 'worker' | 'extensionId' | 'openPopupFor'>;

/** Saves the long harbour page at `address` through the popup and opens its clipping in a reader tab (1280 × 800). */
async function saveAndRead({ extContext, server, worker, extensionId, openPopupFor }: Opened, address: string) {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}${address}`);
  const popup = await openPopupFor(page);
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await storedClippings(worker)).filter((row) => String(row.url).endsWith(address)).length).toBe(1);
  await popup.close();
  const { id } = await onlyClipping(worker, address);
  const reader = await extContext.newPage();
  await reader.setViewportSize({ width: 1280, height: 800 });
  await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=${id}`);
  await expect(reader.locator('.reader-title')).toHaveText('A long year at the harbour');
  return { page, reader, id };
}

test.beforeAll(emptyLibrary);

test('highlight a live article (which saves it), add a note, reload, reopen from the library: re-anchored', async ({ extContext, server, worker, extensionId }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/harbour-long.html`);
  const tabId = await tabIdOf(worker, page.url());
  const reader = await extContext.newPage();
  await reader.setViewportSize({ width: 1280, height: 800 });
  await reader.goto(`chrome-extension://${extensionId}/reader.html?tabId=${tabId}`);
  await expect(reader.locator('.reader-title')).toHaveText('A long year at the harbour');
  await expect(reader.getByRole('button', { name: 'Save', exact: true })).toBeVisible();

  const quote = 'the fish market was inspected by a crew of 5 volunteers';
  await select(reader, quote);
  const toolbar = reader.getByRole('toolbar', { name: 'Highlight the selection' });
  await expect(toolbar).toBeVisible();
  await screenshot(reader, 'highlight-toolbar');
  const axeToolbar = await new AxeBuilder({ page: reader }).include('.cr-selection-toolbar').analyze();
  expect(axeToolbar.violations.map((v) => v.id)).toEqual([]);
  // forced colours (Windows' contrast themes) paint every control in the system's colours: the swatches keep theirs,
  // or the four would be the same empty circle
  await reader.emulateMedia({ forcedColors: 'active' });
  const swatches = () => toolbar.locator('.cr-swatch').evaluateAll((all) => all.map((b) => getComputedStyle(b).backgroundColor));
  expect(new Set(await swatches()).size).toBe(4);
  // ...and their focus ring is in the system's colour, as the other buttons' is (the theme's blue could vanish on a dark one)
  const ring = (name: string) => toolbar.getByRole('button', { name }).evaluate((b) => (b.focus({ focusVisible: true } as FocusOptions), getComputedStyle(b).outlineColor));
  await reader.keyboard.press('t'); // into the toolbar from the keyboard: focus-visible
  expect(await ring('Yellow highlight')).toBe(await ring('Add note'));
  await screenshot(reader, 'highlight-toolbar-forced-colors');
  await reader.emulateMedia({ forcedColors: 'none' });

  await toolbar.getByRole('button', { name: 'Green highlight' }).click();
  await expect(toolbar).toBeHidden();
  await expect.poll(() => painted(reader)).toEqual({ 'cr-mark-green': [quote] });
  // the article was not saved: the highlight saved it, in one message
  await expect.poll(async () => (await storedClippings(worker)).length).toBe(1);
  let row = await onlyClipping(worker);
  expect(row.highlights.map((h) => [h.color, h.quote.exact])).toEqual([['green', quote]]);
  await expect(reader.getByText('In your library')).toBeVisible();

  // a second one by keyboard: h on a selection
  const second = 'Residents interviewed for paragraph 7 said';
  await select(reader, second);
  await expect(toolbar).toBeVisible();
  await reader.keyboard.press('h');
  await expect.poll(() => painted(reader)).toEqual({ 'cr-mark-green': [quote], 'cr-mark-yellow': [second] });
  // forced colours: painted as <mark>s in the system's marked-text colour, not the selection's (Chromium paints
  // ::highlight() in the selection's whatever is asked); back to the Highlight API when they go
  const marks = () => reader.locator('.reader-body mark.cr-mark').evaluateAll((all) => all.map((m) => [m.textContent, getComputedStyle(m).backgroundColor]));
  await reader.emulateMedia({ forcedColors: 'active' });
  await expect.poll(() => painted(reader)).toEqual({});
  const mark = await reader.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.backgroundColor = 'Mark';
    const color = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return color;
  });
  expect(await marks()).toEqual([[quote, mark], [second, mark]]);
  await screenshot(reader, 'highlights-forced-colors');
  await reader.emulateMedia({ forcedColors: 'none' });
  await expect.poll(() => painted(reader)).toEqual({ 'cr-mark-green': [quote], 'cr-mark-yellow': [second] });
  expect(await marks()).toEqual([]);

  // a note, with markup in it: stored and shown as text
  const panel = reader.getByRole('region', { name: 'Highlights' });
  await expect(panel.locator('.cr-mark-quote')).toHaveText([quote, second]);
  await panel.locator('li').first().getByRole('button', { name: 'Add note' }).click();
  await panel.getByLabel('Note on this highlight').fill(NOTE_XSS);
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.locator('.cr-mark-note')).toHaveText(NOTE_XSS);
  await expect(panel.locator('img, b')).toHaveCount(0);
  await expect.poll(async () => (await onlyClipping(worker)).highlights[0]?.note).toBe(NOTE_XSS);

  // delete with undo
  await panel.locator('li').nth(1).getByRole('button', { name: 'Delete' }).click();
  await expect(panel.locator('.cr-mark-quote')).toHaveText([quote]);
  await expect.poll(async () => (await onlyClipping(worker)).highlightCount).toBe(1);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('.cr-mark-quote')).toHaveText([quote, second]);
  await expect.poll(async () => (await onlyClipping(worker)).highlightCount).toBe(2);

  // reload: the live article is found saved, its highlights placed again
  await reader.reload();
  await expect.poll(() => painted(reader)).toEqual({ 'cr-mark-green': [quote], 'cr-mark-yellow': [second] });
  await expect(panel.locator('.cr-mark-note')).toHaveText(NOTE_XSS);

  // reopen from the library
  row = await onlyClipping(worker);
  const fromLibrary = await extContext.newPage();
  await fromLibrary.setViewportSize({ width: 1280, height: 800 });
  await fromLibrary.goto(`chrome-extension://${extensionId}/reader.html?clip=${row.id}`);
  await expect.poll(() => painted(fromLibrary)).toEqual({ 'cr-mark-green': [quote], 'cr-mark-yellow': [second] });
  const libraryPanel = fromLibrary.getByRole('region', { name: 'Highlights' });
  await libraryPanel.getByRole('button', { name: second }).click();
  await expect.poll(() => fromLibrary.evaluate(() => scrollY)).toBeGreaterThan(0);

  // selecting a highlight offers Remove; axe with the panel and the toolbar open, in light and dark
  await select(fromLibrary, 'fish market was inspected');
  // in view, so the screenshots show the toolbar on a highlight beside the panel
  await fromLibrary.evaluate(() => getSelection()!.getRangeAt(0).startContainer.parentElement!.scrollIntoView({ block: 'center' }));
  const libraryToolbar = fromLibrary.getByRole('toolbar', { name: 'Highlight the selection' });
  await expect(libraryToolbar.getByRole('button', { name: 'Remove highlight' })).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await fromLibrary.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(fromLibrary.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page: fromLibrary }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await screenshot(fromLibrary, `highlights-${theme}`);
  }
  // the note editor open: its Save note in the theme's colours (it was white on light blue in dark and high contrast)
  await fromLibrary.getByRole('region', { name: 'Highlights' }).getByRole('button', { name: 'Edit note' }).click();
  for (const theme of ['dark', 'contrast'] as const) {
    await fromLibrary.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(fromLibrary.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page: fromLibrary }).include('.cr-mark-note-form').analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }
  await reader.close();
  await fromLibrary.close();
  await page.close();
});

test('the reading position is saved while reading and restored on reopening, with Back to top', async ({ extContext, server, worker, extensionId, openPopupFor }) => {
  // its own address: the first test stored a position for the page at its plain address
  const address = '/harbour-long.html?edition=2';
  const { page, reader, id } = await saveAndRead({ extContext, server, worker, extensionId, openPopupFor }, address);
  await expect(reader.getByRole('button', { name: 'Back to top' })).toHaveCount(0);
  // the saves the reader sends while scrolling for about 3 seconds, timed as they leave it (times taken
  // in the background add the delivery's jitter, which a loaded machine makes larger than the margin)
  await reader.evaluate(() => {
    const w = window as unknown as { saves: number[] };
    w.saves = [];
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...args: unknown[]) => unknown;
    (chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown }).sendMessage = (...args) => {
      if ((args[0] as { type?: string }).type === 'save-progress') w.saves.push(Date.now());
      return send(...args);
    };
  });
  await worker.evaluate(() => {
    const w = self as unknown as { received: number };
    w.received = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => void (m.type === 'save-progress' && w.received++));
  });
  for (let i = 1; i <= 30; i++) {
    await reader.mouse.wheel(0, 60);
    await reader.waitForTimeout(100);
  }
  await reader.waitForTimeout(1500);
  const saves = await reader.evaluate(() => (window as unknown as { saves: number[] }).saves);
  expect(saves.length).toBeGreaterThan(0);
  await expect.poll(() => worker.evaluate(() => (self as unknown as { received: number }).received)).toBe(saves.length);
  for (let i = 1; i < saves.length; i++) expect(saves[i]! - saves[i - 1]!).toBeGreaterThanOrEqual(950);
  const { progress } = await onlyClipping(worker, address);
  expect(progress!.fraction).toBeGreaterThan(0.05);
  const topParagraph = await reader.evaluate(() => {
    const bar = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('.reader-body p')].find((p) => p.getBoundingClientRect().bottom > bar)!.textContent!;
  });
  expect(topParagraph.startsWith(progress!.anchor!.exact)).toBe(true);
  await reader.close();

  const again = await extContext.newPage();
  await again.setViewportSize({ width: 1280, height: 800 });
  await again.goto(`chrome-extension://${extensionId}/reader.html?clip=${id}`);
  await expect(again.getByRole('button', { name: 'Back to top' })).toBeVisible();
  const shownFirst = await again.evaluate(() => {
    const bar = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('.reader-body p')].find((p) => p.getBoundingClientRect().bottom > bar)!.textContent!;
  });
  expect(shownFirst).toBe(topParagraph);
  await again.getByRole('button', { name: 'Back to top' }).click();
  await expect.poll(() => again.evaluate(() => scrollY)).toBe(0);
  await again.close();
  await page.close();
});

test('a highlight across two paragraphs is listed with the break between them, and re-anchors on reopening', async ({ extContext, server, worker, extensionId, openPopupFor }) => {
  // its own address: the other tests' clippings keep their highlights
  const address = '/harbour-long.html?edition=3';
  const { page, reader, id } = await saveAndRead({ extContext, server, worker, extensionId, openPopupFor }, address);
  // the last two words of the first paragraph and the first two of the second, as a mouse drag selects them
  const readable = await reader.evaluate(() => {
    const [first, second] = [...document.querySelectorAll('.reader-body p')] as HTMLElement[];
    const end = first!.lastChild as Text;
    const start = second!.firstChild as Text;
    const from = end.data.trimEnd().split(' ').slice(-2).join(' ');
    const to = start.data.trimStart().split(' ').slice(0, 2).join(' ');
    const range = document.createRange();
    range.setStart(end, end.data.lastIndexOf(from));
    range.setEnd(start, start.data.indexOf(to) + to.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return `${from}\n\n${to}`;
  });
  await expect(reader.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
  await reader.keyboard.press('h');
  const panel = reader.getByRole('region', { name: 'Highlights' });
  // as rendered (innerText follows the CSS: collapsed white space showed the break as a space)
  const quoteShown = () => panel.locator('.cr-mark-quote').evaluateAll((quotes) => quotes.map((q) => (q as HTMLElement).innerText));
  await expect.poll(quoteShown).toEqual([readable]);
  // stored as before (the text of the article's nodes, the selectors' meaning unchanged), shown with the break
  await expect.poll(async () => (await onlyClipping(worker, address)).highlights.map((h) => h.quote.exact.replace(/\s/g, ''))).toEqual([readable.replace(/\s/g, '')]);

  await reader.reload();
  await expect.poll(() => painted(reader)).toEqual({ 'cr-mark-yellow': [expect.stringContaining(readable.split('\n\n')[1]!)] });
  await expect.poll(quoteShown).toEqual([readable]);
  await reader.close();
  await page.close();
});

test('a clipping deleted in the library while the reader shows it: the reader says so, and Save again stores it with its highlight', async ({ extContext, server, worker, extensionId, openPopupFor }) => {
  const address = '/harbour-long.html?edition=4';
  const { page, reader, id } = await saveAndRead({ extContext, server, worker, extensionId, openPopupFor }, address);
  const first = await reader.evaluate(() => document.querySelector('.reader-body p')!.textContent!.trim().split(' ').slice(0, 4).join(' '));
  await select(reader, first);
  await expect(reader.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
  await reader.keyboard.press('h');
  await expect.poll(async () => (await onlyClipping(worker, address)).highlightCount).toBe(1);
  await expect(reader.getByText('In your library')).toBeVisible();

  // deleted in another tab, as the library deletes
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  expect(await library.evaluate((ids) => chrome.runtime.sendMessage({ type: 'delete-clippings', ids }), [id])).toMatchObject({ ok: true });
  await library.close();
  await expect(reader.getByText('Removed from your library')).toBeVisible();
  await expect(reader.getByText('In your library')).toBeHidden();

  await reader.getByRole('button', { name: 'Save again' }).click();
  await expect(reader.getByText('In your library')).toBeVisible();
  await expect.poll(async () => (await onlyClipping(worker, address)).highlights.map((h) => h.quote.exact)).toEqual([first]);
  await expect(reader.getByRole('button', { name: 'Save again' })).toBeHidden();
  await reader.close();
  await page.close();
});
