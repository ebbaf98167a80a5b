import { expect, screenshot, storedClippings, test } from './fixtures';

const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';

test('the demo page shows as a clean article in the popup and saves as a clipping', async ({ extContext, server, openPopupFor, worker }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const popup = await openPopupFor(page);

  await expect(popup.locator('h1')).toHaveText(TITLE);
  await expect(popup.locator('.cr-meta-byline')).toHaveText('News Desk');
  await expect(popup.locator('.cr-meta-site')).toContainText('Profit by Pakistan Today');
  await expect(popup.locator('.cr-meta-site time')).toHaveAttribute('datetime', /^2025-01-14/);
  await expect(popup.locator('.cr-meta-time')).toContainText('min read');
  const body = popup.locator('.cr-article-body');
  await expect(body.locator('p')).toHaveCount(5);
  for (const clutter of ['LEAVE A REPLY', 'RELATED ARTICLES', 'Must Read', 'Advertisement', 'Publishing Editor']) {
    await expect(body).not.toContainText(clutter, { ignoreCase: true });
  }
  await screenshot(popup, 'popup-article');

  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await screenshot(popup, 'popup-saved');

  const clippings = await storedClippings(worker);
  const clip = clippings.find((c) => c.title === TITLE);
  expect(clip).toMatchObject({ kind: 'article', byline: 'News Desk', siteName: 'Profit by Pakistan Today', lang: 'en-US' });
  expect(String(clip?.html)).toContain('China Mobile Communications Corporation');
  expect(String(clip?.text).split('\n\n')).toHaveLength(5);
  await popup.close();
  await page.close();
});

test('on a page already saved, the main action opens the clipping; "Save again" updates it without a twin', async ({ extContext, extensionId, server, openPopupFor, worker }) => {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Week ${i + 1} of the winter tide tables: the harbour master marked the spring tides in red, and the ferry crews planned their crossings around them.`);
  server.routes.set('/tide-tables.html', `<!doctype html><html lang="en"><head><title>Tide tables</title></head><body><article><h1>Tide tables</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/tide-tables.html`);
  const first = await openPopupFor(page);
  const actions = first.locator('.cr-actions');
  await expect(actions.locator('.cr-button-primary')).toHaveText('Save');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await first.close();

  const popup = await openPopupFor(page);
  await expect(popup.locator('.cr-saved-banner')).toHaveText('Saved');
  const main = popup.locator('.cr-actions .cr-button-primary');
  await expect(main).toHaveText('Open');
  await expect(main).toHaveCount(1);
  const saveAgain = popup.getByRole('button', { name: 'Save again' });
  await expect(saveAgain).not.toHaveClass(/cr-button-primary/);
  await expect(popup.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await screenshot(popup, 'popup-already-saved');

  await saveAgain.click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved (updated)' })).toBeVisible();
  const saved = (await storedClippings(worker)).filter((c) => c.title === 'Tide tables');
  expect(saved).toHaveLength(1);

  const [reader] = await Promise.all([extContext.waitForEvent('page'), main.click()]);
  await reader.waitForLoadState();
  expect(reader.url()).toBe(`chrome-extension://${extensionId}/reader.html?clip=${saved[0]!.id}`);
  // Leave the library as it was for the other specs sharing this browser.
  await reader.evaluate((ids) => chrome.runtime.sendMessage({ type: 'delete-clippings', ids }), [saved[0]!.id]);
  await Promise.all([reader.close(), page.close()]);
});

test('the page itself is left untouched', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const before = await page.content();
  const popup = await openPopupFor(page);
  await expect(popup.locator('h1')).toHaveText(TITLE);
  expect(await page.content()).toBe(before);
  await popup.close();
  await page.close();
});

test('a right-to-left article reads right to left', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/urdu-digital-cooperation.html`);
  const popup = await openPopupFor(page);
  await expect(popup.locator('.cr-article-body')).toHaveAttribute('dir', 'rtl');
  await expect(popup.locator('.cr-article-body')).toHaveAttribute('lang', 'ur');
  await expect(popup.locator('.cr-meta-byline')).toHaveText('نیوز ڈیسک');
  await screenshot(popup, 'popup-rtl');
  await popup.close();
  await page.close();
});

test('a page that is not an article gets a message, and "Show it anyway" forces it', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/not-article.html`);
  const popup = await openPopupFor(page);
  await expect(popup.getByRole('alert')).toContainText("This doesn't look like an article");
  await screenshot(popup, 'popup-not-article');
  await popup.getByRole('button', { name: 'Show it anyway' }).click();
  await expect(popup.locator('.cr-article-body')).toContainText('Markets rally');
  await popup.close();
  await page.close();
});

test('on a page that is not an article, a passage selected in it can still be saved from the popup', async ({ extContext, server, openPopupFor, worker }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/not-article.html`);
  const passage = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('li')[1]!);
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  const popup = await openPopupFor(page);
  await expect(popup.getByRole('alert')).toContainText("This doesn't look like an article");
  const saveSelection = popup.getByRole('button', { name: 'Save selection' });
  await expect(saveSelection).toHaveAccessibleDescription(`“${passage}” · 7 words`);
  await saveSelection.click();
  await expect(popup.locator('.cr-save-status')).toHaveText('Selection saved');
  await screenshot(popup, 'popup-not-article-selection');
  const saved = (await storedClippings(worker)).filter((c) => c.url === `${server.origin}/not-article.html`);
  expect(saved.map((c) => [c.kind, c.text])).toEqual([['selection', passage]]);
  expect(await popup.evaluate((ids) => chrome.runtime.sendMessage({ type: 'delete-clippings', ids }), [saved[0]!.id])).toMatchObject({ ok: true });
  await Promise.all([popup.close(), page.close()]);
});

test('a page too large to clean gets its own message', async ({ extContext, server, openPopupFor }) => {
  const cells = '<div><span>x</span></div>'.repeat(40_000);
  server.routes.set('/huge.html', `<!doctype html><title>Huge</title><body><article><p>${'word '.repeat(300)}</p>${cells}</article>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/huge.html`);
  const popup = await openPopupFor(page);
  await expect(popup.getByRole('alert')).toContainText('too large');
  await popup.close();
  await page.close();
});

test('the popup has no tab id to read when the tab is gone', async ({ extContext, extensionId }) => {
  const popup = await extContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  await expect(popup.getByRole('alert')).toBeVisible();
  await popup.close();
});


test('the popup follows the system dark theme', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const popup = await openPopupFor(page);
  await expect(popup.locator('h1')).toHaveText(TITLE);
  const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await popup.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(28, 29, 33)');
  await screenshot(popup, 'popup-dark');
  await popup.close();
  await page.close();
});

test('the first script sends the extraction before the UI runs; a long article shows its first screen, then all of it', async ({ extContext, server, openPopupFor }) => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the harbour report: the ferry crews counted cargo, tides and passengers through a long and windy week on the coast.`);
  server.routes.set('/long-report.html', `<!doctype html><html lang="en"><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/long-report.html`);
  const popup = await openPopupFor(page);
  const body = popup.locator('.cr-article-body');
  await expect(body.locator('p')).toHaveCount(40);
  await expect(body).toContainText(paragraphs.at(-1)!);

  const marks = await popup.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('cr-popup-', ''), m.startTime])));
  for (const phase of ['script', 'tab', 'sent', 'page-start', 'page-done', 'received', 'ui', 'sanitized', 'painted']) expect(marks, phase).toHaveProperty(phase);
  expect(marks.script).toBeLessThan(marks.ui!);
  expect(marks.sent).toBeLessThan(marks['page-start']!);
  expect(marks['page-done']).toBeLessThanOrEqual(marks.received!);
  await popup.close();
  await page.close();
});

test('with a passage selected in the page, "Save selection" in the popup saves that passage alone', async ({ extContext, extensionId, server, openPopupFor, worker }) => {
  const paragraphs = [
    'The ferry to the outer islands ran twice a day in summer, once in winter, and not at all when the north wind blew.',
    'Its captain kept a log of every crossing: the passengers, the cargo, the weather and the state of the sea.',
    'Most days the log said little more than that the crossing was calm and the coffee was bad.',
  ];
  server.routes.set('/ferry-log.html', `<!doctype html><html lang="en"><head><title>The ferry log</title></head><body><article><h1>The ferry log</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/ferry-log.html`);
  // The second paragraph, selected as a reader would drag over it.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('p')[1]!);
    getSelection()!.addRange(range);
  });
  const popup = await openPopupFor(page);
  await expect(popup.locator('h1')).toHaveText('The ferry log');
  const saveSelection = popup.getByRole('button', { name: 'Save selection' });
  await expect(saveSelection).toHaveAccessibleDescription('“Its captain kept a log of every crossing:…” · 20 words');
  await expect(popup.locator('.cr-actions .cr-button-primary')).toHaveText('Save');
  await screenshot(popup, 'popup-selection');

  // On the keyboard.
  await saveSelection.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.cr-save-status').nth(1)).toHaveText('Selection saved');
  await expect(popup.locator('.cr-save-status').first()).toHaveText('');
  await screenshot(popup, 'popup-selection-saved');

  const saved = (await storedClippings(worker)).filter((c) => c.url === `${server.origin}/ferry-log.html`);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ kind: 'selection', title: 'The ferry log', text: paragraphs[1] });
  expect(String(saved[0]!.html)).not.toContain('outer islands');

  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const card = library.locator('.cr-card').filter({ hasText: 'The ferry log' });
  await expect(card).toContainText('Selection');
  await expect(card.locator('.cr-card-excerpt')).toHaveText(paragraphs[1]!);
  // Leave the library as it was for the other specs sharing this browser.
  expect(await library.evaluate((ids) => chrome.runtime.sendMessage({ type: 'delete-clippings', ids }), [saved[0]!.id])).toMatchObject({ ok: true });
  await Promise.all([library.close(), popup.close(), page.close()]);
});

test('without a selection in the page, the popup offers no "Save selection"', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const popup = await openPopupFor(page);
  await expect(popup.locator('h1')).toHaveText(TITLE);
  // Its question to the page is answered after paint: give it the time key facts take to come.
  await expect(popup.locator('.cr-facts-label').first()).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Save selection' })).toHaveCount(0);
  await Promise.all([popup.close(), page.close()]);
});
