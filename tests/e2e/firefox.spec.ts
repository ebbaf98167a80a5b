import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS } from './fixtures';
import { ADDON_ID, FIREFOX, FIREFOX_E2E_BUILD as BUILD, launchFirefox, ORIGIN } from './firefox';
import { waitFor } from './protocol-client';
import { startPageServer } from './server';

// Firefox proven, not assumed: Debian's firefox-esr, headless, driven over WebDriver BiDi (tests/e2e/firefox.ts).
// The e2e build is installed as a temporary add-on; its popup page is opened in a tab for the demo page's tab,
// as the Chromium tests do.
const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';

test.skip(!existsSync(FIREFOX), `needs Debian's firefox-esr at ${FIREFOX} (apt-get install firefox-esr; .ci/run installs it)`);

test('Firefox: the add-on installs, its popup shows the demo article, and a saved clipping opens in the library and reader, where a highlight is made and re-anchored', async () => {
  test.setTimeout(120_000);
  if (!existsSync(path.join(BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
  const server = await startPageServer();
  const firefox = await launchFirefox();
  try {
    const { bidi, evaluate } = firefox;
    expect(await bidi.send('webExtension.install', { extensionData: { type: 'path', path: BUILD } })).toEqual({ extension: ADDON_ID });

    const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
    const pageTab = contexts[0]!.context;
    await bidi.send('browsingContext.navigate', { context: pageTab, url: `${server.origin}/profit-digital-cooperation.html`, wait: 'complete' });

    const popupTab = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
    await bidi.send('browsingContext.setViewport', { context: popupTab, viewport: { width: 440, height: 600 } });
    await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/popup.html`, wait: 'complete' });
    const text = async (context: string, selector: string) =>
      (await evaluate(context, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`)).value as string;
    const click = async (context: string, selector: string) => {
      const { sharedId } = await evaluate(context, `document.querySelector(${JSON.stringify(selector)})`);
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    };
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

    // Highlights (issue #12): select a passage, highlight it from the toolbar, reload: painted again (Custom Highlight API).
    const quote = 'energy-efficient data centres';
    const painted = `JSON.stringify([...(CSS.highlights.get('cr-mark-green') ?? [])].map((r) => r.toString()))`;
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
    await waitFor(async () => (await evaluate(popupTab, painted)).value === JSON.stringify([quote]), 'the highlight painted');
    await waitFor(async () => (await text(popupTab, '.cr-marks-list .cr-mark-quote')) === quote, 'the highlight in the panel');
    await bidi.send('browsingContext.reload', { context: popupTab, wait: 'complete' });
    await waitFor(async () => (await evaluate(popupTab, painted)).value === JSON.stringify([quote]), 'the highlight re-anchored after a reload');
    await screenshot(popupTab, 'firefox-highlights');

    expect(pageErrors(firefox.output())).toEqual([]);
  } finally {
    firefox.close();
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
