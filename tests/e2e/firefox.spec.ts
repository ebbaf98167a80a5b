import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Highlight } from '../../utils/clippings/types';
import { textFragmentUrl } from '../../utils/text-fragment';
import { expect, SCREENSHOTS, test } from './fixtures';
import { ADDON_ID, allowDownloads, clickElement, clickOn, FIREFOX, FIREFOX_E2E_BUILD as BUILD, launchFirefox, openTab, ORIGIN, storedRows } from './firefox';
import { zipTexts } from './import-dialog';
import { waitFor } from './protocol-client';
import { startPageServer } from './server';

// Firefox proven, not assumed: Debian's firefox-esr, headless, driven over WebDriver BiDi (tests/e2e/firefox.ts).
// The e2e build is installed as a temporary add-on; its popup page is opened in a tab for the demo page's tab,
// as the Chromium tests do.
const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';

test.skip(!existsSync(FIREFOX), `needs Debian's firefox-esr at ${FIREFOX} (apt-get install firefox-esr; .ci/run installs it)`);

test('Firefox: the add-on installs, its popup shows the demo article, a saved clipping opens in the library and reader; a highlight with a note survives a reload, a reopening from the library, the exports and a restore from backup', async () => {
  test.setTimeout(180_000);
  if (!existsSync(path.join(BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
  const server = await startPageServer();
  const firefox = await launchFirefox();
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'cr-firefox-downloads-'));
  try {
    const { bidi, evaluate } = firefox;
    expect(await bidi.send('webExtension.install', { extensionData: { type: 'path', path: BUILD } })).toEqual({ extension: ADDON_ID });

    const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
    const pageTab = contexts[0]!.context;
    const DEMO_URL = `${server.origin}/profit-digital-cooperation.html`;
    await bidi.send('browsingContext.navigate', { context: pageTab, url: DEMO_URL, wait: 'complete' });

    const popupTab = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
    await bidi.send('browsingContext.setViewport', { context: popupTab, viewport: { width: 440, height: 600 } });
    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/popup.html`, wait: 'complete' });
    const storedClippings = (context: string) => storedRows<{ id: number; highlights: Highlight[] }>(firefox, context, 'clippings');
    const text = async (context: string, selector: string) =>
      (await evaluate(context, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`)).value as string;
    const click = (context: string, selector: string) => clickElement(firefox, context, selector);
    const button = (label: string) => `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;
    const screenshot = async (context: string, name: string) => {
      const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(path.join(SCREENSHOTS, `${name}.png`), Buffer.from(data, 'base64'));
    };

    // The popup for the demo page's tab (the tab id as Firefox's tabs API knows it).
    const tabId = (await evaluate(popupTab, `browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url?.startsWith('${server.origin}/')).id)`)).value as number;
    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/popup.html?tabId=${tabId}`, wait: 'complete' });
    await waitFor(async () => (await text(popupTab, 'h1')) === TITLE, 'the article in the popup');
    expect(await text(popupTab, '.cr-meta-byline')).toBe('News Desk');
    expect((await evaluate(popupTab, "document.querySelectorAll('.cr-article-body p').length")).value).toBe(5);
    expect(await text(popupTab, '.cr-article-body')).not.toMatch(/LEAVE A REPLY|RELATED ARTICLES|Advertisement/i);
    await waitFor(async () => (await text(popupTab, '.cr-facts')).includes('China Mobile'), 'the key facts');
    await screenshot(popupTab, 'firefox-popup');
    // Text without a size of its own (the buttons) is as large as in Chromium, which gives extension pages 75 %.
    expect((await evaluate(popupTab, "getComputedStyle(document.querySelector('.cr-actions .cr-button')).fontSize")).value).toBe('12px');

    await click(popupTab, '.cr-button-primary');
    await waitFor(async () => (await text(popupTab, '.cr-save-status')).includes('Saved'), 'the save to be confirmed');

    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/library.html`, wait: 'complete' });
    await bidi.send('browsingContext.setViewport', { context: popupTab, viewport: { width: 1000, height: 700 } });
    await waitFor(async () => (await text(popupTab, '.cr-card-title')) === TITLE, 'the clipping in the library');
    await waitFor(async () => (await text(popupTab, '.cr-storage')).startsWith('Clippings: 1 '), 'the library count', 5_000);
    await screenshot(popupTab, 'firefox-library');

    const href = (await evaluate(popupTab, "document.querySelector('.cr-card-title a').getAttribute('href')")).value as string;
    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/${href}`, wait: 'complete' });
    await waitFor(async () => (await text(popupTab, 'h1')) === TITLE, 'the clipping in the reader');
    expect((await evaluate(popupTab, "document.querySelectorAll('.cr-article-body p').length")).value).toBe(5);
    await screenshot(popupTab, 'firefox-reader');

    // At 400 % zoom of a 1,280 × 800 window (320 × 200 CSS px), Text and theme keeps room to be used, inside the window,
    // scrolling inside itself (under the three rows of the toolbar it was a 42 px slit)
    await bidi.send('browsingContext.setViewport', { context: popupTab, viewport: { width: 320, height: 200 } });
    await click(popupTab, '.reader-toolbar [aria-expanded]');
    await waitFor(async () => (await evaluate(popupTab, "!!document.querySelector('.reader-panel')")).value === true, 'Text and theme open');
    const panelFit = `JSON.stringify((() => { const panel = document.querySelector('.reader-panel'), box = panel.getBoundingClientRect();
      return { height: Math.round(box.height), inside: box.top >= 0 && box.bottom <= innerHeight, scrolls: panel.scrollHeight > panel.clientHeight }; })())`;
    const fit = JSON.parse((await evaluate(popupTab, panelFit)).value as string) as { height: number; inside: boolean; scrolls: boolean };
    expect(fit.height).toBeGreaterThanOrEqual(150);
    expect(fit).toMatchObject({ inside: true, scrolls: true });
    await screenshot(popupTab, 'firefox-settings-400-percent');
    await click(popupTab, '.reader-panel-head button');
    await bidi.send('browsingContext.setViewport', { context: popupTab, viewport: { width: 1000, height: 700 } });

    // Highlights (issue #12): select a passage, highlight it from the toolbar (painted with the Custom Highlight API).
    const quote = 'energy-efficient data centres';
    const note = 'Ask about the 5G plans & <b>costs</b>';
    const painted = async (context: string) =>
      (await evaluate(context, `JSON.stringify([...(CSS.highlights.get('cr-mark-green') ?? [])].map((r) => r.toString()))`)).value === JSON.stringify([quote]);
    const noteShown = async (context: string) =>
      (await text(context, '.cr-marks-list .cr-mark-note')) === note && (await evaluate(context, "document.querySelectorAll('.cr-marks b, .cr-marks img').length")).value === 0;
    await evaluate(
      popupTab,
      `(() => { const w = document.createTreeWalker(document.querySelector('.reader-body'), NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) { const at = n.data.indexOf(${JSON.stringify(quote)}); if (at < 0) continue;
          n.parentElement.scrollIntoView({ block: 'center' }); const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + ${quote.length});
          getSelection().removeAllRanges(); getSelection().addRange(r); return true; } throw new Error('no quote'); })()`,
    );
    await waitFor(async () => (await evaluate(popupTab, "!!document.querySelector('.cr-selection-toolbar')")).value === true, 'the selection toolbar');
    await screenshot(popupTab, 'firefox-highlight-toolbar');
    await click(popupTab, '.cr-swatch-green');
    await waitFor(() => painted(popupTab), 'the highlight painted');
    await waitFor(async () => (await text(popupTab, '.cr-marks-list .cr-mark-quote')) === quote, 'the highlight in the panel');
    // a window this narrow (under 1100 px) has the panel after the article, not above its title
    expect((await evaluate(popupTab, "document.querySelector('.reader-main').compareDocumentPosition(document.querySelector('.cr-marks'))")).value).toBe(4);

    // A note, typed on the keyboard, with markup in it: stored, and shown as text.
    await click(popupTab, '.cr-marks-list .cr-mark-actions button');
    await waitFor(async () => (await evaluate(popupTab, "document.activeElement?.tagName === 'TEXTAREA'")).value === true, 'the note field focused');
    await bidi.send('input.performActions', {
      context: popupTab,
      actions: [{ type: 'key', id: 'keyboard', actions: [...note].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    });
    await click(popupTab, '.cr-mark-note-form button[type="submit"]');
    await waitFor(() => noteShown(popupTab), 'the note in the panel');

    // Reload: the highlight is placed again, with its note.
    await bidi.send('browsingContext.reload', { context: popupTab, wait: 'complete' });
    await waitFor(() => painted(popupTab), 'the highlight re-anchored after a reload');
    await waitFor(() => noteShown(popupTab), 'the note after a reload');
    await screenshot(popupTab, 'firefox-highlights');

    // Delete and Undo from the keyboard: the focus goes to Undo, then to the highlight brought back (not the page's start).
    const enter = () => bidi.send('input.performActions', { context: popupTab, actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE007' }, { type: 'keyUp', value: '\uE007' }] }] });
    const focused = async () => (await evaluate(popupTab, "document.activeElement?.textContent?.trim() ?? ''")).value as string;
    await evaluate(popupTab, `${button('Delete')}.focus()`);
    await enter();
    await waitFor(async () => (await focused()) === 'Undo', 'the focus on Undo after a delete');
    expect(await text(popupTab, '.cr-marks [role="status"]')).toContain('Highlight deleted.');
    // Undo's focus ring (outline and its offset) clears the words before it: it sat against "deleted." in Firefox.
    const ringClearance = `(() => {
      const undo = document.activeElement, words = document.createRange();
      words.selectNodeContents(undo.parentElement.firstChild);
      const style = getComputedStyle(undo);
      return undo.getBoundingClientRect().left - words.getBoundingClientRect().right - parseFloat(style.outlineWidth) - parseFloat(style.outlineOffset);
    })()`;
    expect((await evaluate(popupTab, ringClearance)).value).toBeGreaterThanOrEqual(3);
    await screenshot(popupTab, 'firefox-highlight-deleted');
    await enter();
    await waitFor(async () => (await focused()) === quote, 'the focus on the highlight brought back');
    await waitFor(() => painted(popupTab), 'the highlight painted again');

    // Reopen from the library: its card counts the highlight; its link opens a reader tab with it placed.
    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/library.html`, wait: 'complete' });
    await waitFor(async () => (await text(popupTab, '.cr-card .cr-marks')).endsWith('Highlights: 1'), 'the highlight count on the card');
    await click(popupTab, '.cr-card-title a');
    const readerTab = await waitFor(async () => {
      const tree = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { maxDepth: 0 });
      return tree.contexts.find((c) => c.url.startsWith(`${ORIGIN}/reader.html?clip=`))?.context;
    }, 'the reader tab opened from the library');
    await waitFor(() => painted(readerTab), 'the highlight placed in the reopened clipping');
    await waitFor(() => noteShown(readerTab), 'the note in the reopened clipping');
    await bidi.send('browsingContext.close', { context: readerTab });

    // Export: the Markdown folder quotes the highlight with its note and link; the Readwise CSV has its row.
    const downloads = await allowDownloads(firefox, downloadDir);
    await clickOn(firefox, popupTab, button('Export all (Markdown folder)'));
    const markdown = [...zipTexts(await downloads.next()).values()].join('\n');
    const link = textFragmentUrl(DEMO_URL, quote);
    expect(markdown).toContain(`## Highlights\n\n> ${quote} ([link](<${link}>))\n\nAsk about the 5G plans & \\<b>costs\\</b>\n`);
    await clickOn(firefox, popupTab, button('Export all highlights (CSV, Readwise)'));
    const csv = Papa.parse<Record<string, string>>(readFileSync(await downloads.next(), 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.data.map((r) => [r.Highlight, r.Title, r.Author, r.URL, r.Note])).toEqual([[quote, TITLE, 'News Desk', DEMO_URL, note]]);

    // Restore from a JSON backup: the library emptied, the backup imported, every stored field as before.
    const before = await storedClippings(popupTab);
    expect(before.map((c) => c.highlights.map((h) => [h.color, h.quote.exact, h.note]))).toEqual([[['green', quote, note]]]);
    await clickOn(firefox, popupTab, button('Export all (JSON backup)'));
    const backup = await downloads.next();
    const deleted = await evaluate(popupTab, `browser.runtime.sendMessage({ type: 'delete-clippings', ids: ${JSON.stringify(before.map((c) => c.id))} }).then((r) => r.ok)`);
    expect(deleted.value).toBe(true);
    expect(await storedClippings(popupTab)).toEqual([]);
    await bidi.send('browsingContext.reload', { context: popupTab, wait: 'complete' });
    const { sharedId } = await evaluate(popupTab, "document.querySelector('input[type=file]')");
    await bidi.send('input.setFiles', { context: popupTab, element: { sharedId }, files: [backup] });
    const confirm = `[...document.querySelectorAll('dialog[open] button')].find((b) => /^Import [\\d,]+$/.test(b.textContent))`;
    await waitFor(async () => (await evaluate(popupTab, `!!${confirm}`)).value === true, 'the import preview');
    await clickOn(firefox, popupTab, confirm);
    await waitFor(async () => (await text(popupTab, '.cr-lib-status')).includes('Imported: 1 new.'), 'the backup imported');
    expect(await storedClippings(popupTab)).toEqual(before);
    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/reader.html?clip=${before[0]!.id}`, wait: 'complete' });
    await waitFor(() => painted(popupTab), 'the restored highlight placed');
    await waitFor(() => noteShown(popupTab), 'the restored note');

    expect(pageErrors(firefox.output())).toEqual([]);
  } finally {
    firefox.close();
    rmSync(downloadDir, { recursive: true, force: true });
    await server.close();
  }
});

/**
 * Errors from pages and extension pages in Firefox's output: their console.error calls and uncaught
 * errors. Firefox's own modules (offline here, so some complain) log with a bare module prefix
 * ("console.error: RSLoader: " and the message on the next lines); those are not ours.
 */
function pageErrors(output: string): string[] {
  return output.split('\n').filter((line) => /^JavaScript error: moz-extension:|^console\.error: (?![\w-]+: $)/.test(line));
}

test('Firefox: a PDF tab gets the PDF message (its viewer refuses every script; the address names the PDF)', async ({ firefox, server }) => {
  const { evaluate } = firefox;
  const pdfTab = await openTab(firefox, `${server.origin}/report.pdf`, { width: 1000, height: 800 });
  const popupTab = await openTab(firefox, `${ORIGIN}/popup.html`, { width: 440, height: 600 });
  try {
    const tabId = (await evaluate(popupTab, `browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url?.endsWith('/report.pdf')).id)`)).value as number;
    await firefox.bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/popup.html?tabId=${tabId}`, wait: 'complete' });
    const alert = async () => (await evaluate(popupTab, "document.querySelector('[role=alert]')?.textContent ?? ''")).value as string;
    await waitFor(async () => (await alert()).startsWith("Clean Reader can't read PDF files"), 'the PDF message');
    expect(await alert()).toContain("browser's PDF viewer");
    // no "Show it anyway": the way to the library only
    expect((await evaluate(popupTab, "JSON.stringify([...document.querySelectorAll('button')].map((b) => b.textContent))")).value).toBe('["Library"]');
  } finally {
    for (const context of [popupTab, pdfTab]) await firefox.bidi.send('browsingContext.close', { context });
  }
});
