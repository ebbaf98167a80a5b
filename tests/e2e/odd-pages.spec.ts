import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { PAGES_DIR } from './server';

// Issue #7, point 4: restricted and odd pages each get a clear message (or the article), and the
// popup logs no error. Extension stores cannot be reached offline: tests/unit/restricted.test.ts
// covers their URLs; browser-internal pages are in popup.spec.ts and again here.

const ARTICLE = (title: string) =>
  `<article><h1>${title}</h1>${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of a report on the council's riverside plan, long enough to read as the main text of a news article, with the details a reader wants to know.</p>`).join('')}</article>`;

/** Opens the popup for `page` and collects the popup's console errors and page errors. */
async function popupWithConsole(open: () => Promise<Page>) {
  const errors: string[] = [];
  const popup = await open();
  popup.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  popup.on('pageerror', (error) => errors.push(error.message));
  return { popup, errors };
}

async function expectMessage(popup: Page, title: RegExp) {
  const alert = popup.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 20_000 });
  // the message is the page's main content, in its one main landmark (axe: landmark-one-main)
  await expect(popup.getByRole('main')).toHaveCount(1);
  await expect(popup.getByRole('main').getByRole('alert')).toBeVisible();
  await expect(alert.locator('h1')).toHaveText(title);
  await expect(alert.locator('p')).not.toBeEmpty();
}

test('a browser-internal page: the restricted message', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await page.goto('chrome://version');
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.startsWith('chrome://version') || t.pendingUrl?.startsWith('chrome://version'))?.id);
  const { popup, errors } = await popupWithConsole(async () => {
    const p = await extContext.newPage();
    await p.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return p;
  });
  await expectMessage(popup, /can't read this page/);
  await expect(popup.getByRole('alert')).toContainText("Clean Reader can't read this page");
  expect(errors).toEqual([]);
  await screenshot(popup, 'popup-restricted');
  // the new-tab page or a browser's own page is where a reader opens the popup to reach the library: it was a dead end
  const [library] = await Promise.all([extContext.waitForEvent('page'), popup.getByRole('button', { name: 'Library', exact: true }).click()]);
  await expect(library).toHaveURL(`chrome-extension://${extensionId}/library.html`);
  await library.close();
  await popup.close();
  await page.close();
});

test('a PDF: the PDF message, with no "Show it anyway" that could only fail', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/report.pdf`).catch(() => undefined); // the viewer may count as a download
  const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
  await expectMessage(popup, /^Clean Reader can't read PDF files$/);
  await expect(popup.getByRole('alert')).toContainText("browser's PDF viewer");
  await expect(popup.getByRole('button')).toHaveText(['Library']); // no "Show it anyway": the library only
  expect(errors).toEqual([]);
  await screenshot(popup, 'popup-pdf');
  await popup.close();
  await page.close();
});

test('a picture shown on its own: the file message, with no "Show it anyway" that could only fail', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/reader-harbour.png`);
  const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
  // It said "This doesn't look like an article", and "Show it anyway" then "Something went wrong … Reload it and try again".
  await expectMessage(popup, /^Clean Reader can't read pictures, videos or sound files$/);
  await expect(popup.getByRole('button')).toHaveText(['Library']); // no "Show it anyway": the library only
  expect(errors).toEqual([]);
  await screenshot(popup, 'popup-image');
  await popup.close();
  await page.close();
});

test('a file:// page without file access: the file-access message', async ({ extContext, extensionId, worker }) => {
  const page = await extContext.newPage();
  await page.goto(`file://${path.join(PAGES_DIR, 'profit-digital-cooperation.html')}`);
  // Without host access the extension does not see the tab's URL: the newest tab without one.
  const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).filter((t) => !t.url).map((t) => t.id!)));
  const { popup, errors } = await popupWithConsole(async () => {
    const p = await extContext.newPage();
    await p.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return p;
  });
  // With activeTab (a real click) the popup sees the file:// URL and says how to allow file access
  // (tests/unit/tab-article-odd.test.ts); here Chromium hides the URL and names no file in its
  // refusal, so the restricted message is what a test can see.
  await expectMessage(popup, /can't read (files|this page)/i);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('a page still loading: the part that has arrived, or a clear message', async ({ extContext, openPopupFor }) => {
  // A server that sends the head and the first paragraphs, then holds the rest back.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const slow: Server = createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(`<!doctype html><html lang="en"><head><title>Slow news</title></head><body>${ARTICLE('Slow news')}`.padEnd(4096, ' '));
    await held;
    res.end('<p>The end.</p></body></html>');
  });
  await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow.html`;
  const page = await extContext.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('p').length >= 8);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
    // Read at once (injectImmediately), not after the page finishes loading, which here is never.
    await expect(popup.locator('h1').first()).toHaveText('Slow news', { timeout: 10_000 });
    await expect(popup.locator('.cr-article-body p')).toHaveCount(8);
    expect(errors).toEqual([]);
    await popup.close();
  } finally {
    release();
    await page.close();
    await new Promise<void>((resolve) => {
      slow.close(() => resolve());
      slow.closeAllConnections();
    });
  }
});

test('an article inside an iframe: a clear message about frames, or the article', async ({ extContext, server, openPopupFor }) => {
  server.routes.set('/framed-article.html', `<!doctype html><title>Framed</title><body>${ARTICLE('Framed story')}</body>`);
  server.routes.set('/frame-host.html', `<!doctype html><title>Host</title><body><nav>Home · News</nav><iframe src="/framed-article.html" width="800" height="600"></iframe></body>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/frame-host.html`);
  await page.frameLocator('iframe').locator('h1').waitFor();
  const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
  await expect(popup.locator('.cr-article-body, [role="alert"]').first()).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('a frameset page: a clear message', async ({ extContext, server, openPopupFor }) => {
  server.routes.set('/frameset.html', `<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/framed-article.html"><frame src="/framed-article.html"></frameset></html>`);
  server.routes.set('/framed-article.html', `<!doctype html><title>Framed</title><body>${ARTICLE('Framed story')}</body>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/frameset.html`);
  const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
  await expectMessage(popup, /doesn't look like an article|can't read|went wrong/);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('a page with no text: the not-an-article message, and "Show it anyway" ends in a message too', async ({ extContext, server, openPopupFor }) => {
  server.routes.set('/empty.html', '<!doctype html><title>Nothing</title><body><div><img src="/nope.png" alt=""></div></body>');
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/empty.html`);
  const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
  await expectMessage(popup, /doesn't look like an article/);
  await popup.getByRole('button', { name: 'Show it anyway' }).click();
  await expectMessage(popup, /doesn't look like an article|went wrong/);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('a 20 MB page: the article or the too-large message, in bounded time', async ({ extContext, server, openPopupFor }) => {
  test.setTimeout(120_000);
  const paragraph = `<p>${'The council debated the riverside plan for hours, and the vote was close. '.repeat(40)}</p>\n`;
  const html = `<!doctype html><html lang="en"><head><title>A very long report</title></head><body><article><h1>A very long report</h1>${paragraph.repeat(Math.ceil(20_000_000 / paragraph.length))}</article></body></html>`;
  expect(html.length).toBeGreaterThan(20_000_000);
  server.routes.set('/twenty-mb.html', html);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/twenty-mb.html`, { timeout: 60_000 });
  const started = Date.now();
  const { popup, errors } = await popupWithConsole(() => openPopupFor(page));
  await expect(popup.locator('.cr-article-body, [role="alert"]').first()).toBeVisible({ timeout: 60_000 });
  const ms = Date.now() - started;
  expect(ms).toBeLessThan(60_000);
  expect(errors).toEqual([]);
  test.info().annotations.push({ type: '20 MB page', description: `${ms} ms to the article or message` });
  await popup.close();
  await page.close();
});

test('a page that clobbers the extract options cannot force extraction or lift the element bound', async ({ extContext, server, openPopupFor }) => {
  const clobber = '<form id="__cleanReaderExtractOptions"><input name="force" value="1"><input name="maxElements" value="999999999"></form>';
  server.routes.set('/clobber-small.html', `<!doctype html><title>Shop</title><body>${clobber}<nav><a href="/">Home</a></nav><p>Buy now.</p></body>`);
  server.routes.set('/clobber-huge.html', `<!doctype html><title>Huge</title><body>${clobber}<article><p>${'word '.repeat(300)}</p>${'<div><span>x</span></div>'.repeat(40_000)}</article></body>`);
  for (const [route, message] of [['/clobber-small.html', /doesn't look like an article/], ['/clobber-huge.html', /too large/]] as const) {
    const page = await extContext.newPage();
    await page.goto(server.origin + route);
    const popup = await openPopupFor(page);
    await expectMessage(popup, message);
    await popup.close();
    await page.close();
  }
});

