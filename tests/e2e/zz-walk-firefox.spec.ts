import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS } from './fixtures';
import { ADDON_ID, clickElement, FIREFOX_E2E_BUILD as BUILD, launchFirefox, ORIGIN } from './firefox';
import { waitFor } from './protocol-client';
import { startPageServer } from './server';

test('walk: Firefox print of the reader', async () => {
  test.setTimeout(180_000);
  const server = await startPageServer();
  const firefox = await launchFirefox();
  try {
    const { bidi, evaluate } = firefox;
    expect(await bidi.send('webExtension.install', { extensionData: { type: 'path', path: BUILD } })).toEqual({ extension: ADDON_ID });
    const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
    const pageTab = contexts[0]!.context;
    await bidi.send('browsingContext.navigate', { context: pageTab, url: `${server.origin}/reader-typography.html`, wait: 'complete' });
    const tab = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
    await bidi.send('browsingContext.setViewport', { context: tab, viewport: { width: 440, height: 600 } });
    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/popup.html`, wait: 'complete' });
    const text = async (selector: string) => (await evaluate(tab, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`)).value as string;
    const tabId = (await evaluate(tab, `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url?.startsWith('${server.origin}/')).id)`)).value as number;
    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/popup.html?tabId=${tabId}`, wait: 'complete' });
    await waitFor(async () => (await text('h1')).length > 0, 'the article in the popup');
    await clickElement(firefox, tab, '.cr-button-primary');
    await waitFor(async () => (await text('.cr-save-status')).includes('Saved'), 'saved');
    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/library.html`, wait: 'complete' });
    await waitFor(async () => (await text('.cr-card-title')).length > 0, 'the card');
    const href = (await evaluate(tab, "document.querySelector('.cr-card-title a').getAttribute('href')")).value as string;
    await bidi.send('browsingContext.setViewport', { context: tab, viewport: { width: 1200, height: 900 } });
    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/${href}`, wait: 'complete' });
    await waitFor(async () => (await text('h1')).length > 0, 'the reader');
    await new Promise((r) => setTimeout(r, 1500));
    const { data: shot } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: tab });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, 'walk-firefox-reader.png'), Buffer.from(shot, 'base64'));
    const { data } = await bidi.send<{ data: string }>('browsingContext.print', { context: tab, background: false });
    const pdf = '/tmp/s24ui/firefox-reader.pdf';
    writeFileSync(pdf, Buffer.from(data, 'base64'));
    for (const [i, scroll] of [0, 1, 2, 3].entries()) {
      const view = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
      await bidi.send('browsingContext.setViewport', { context: view, viewport: { width: 1000, height: 1300 } });
      await bidi.send('browsingContext.navigate', { context: view, url: `file://${pdf}#page=${scroll + 1}`, wait: 'complete' });
      await new Promise((r) => setTimeout(r, 2500));
      const { data: page } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: view });
      writeFileSync(path.join(SCREENSHOTS, `walk-firefox-print-${i + 1}.png`), Buffer.from(page, 'base64'));
    }
  } finally {
    firefox.close();
    await server.close();
  }
});
