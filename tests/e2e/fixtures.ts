import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
import { buildDir } from '../output-dir';
import { FIREFOX_E2E_BUILD, launchFirefox, type Firefox } from './firefox';
import { startPageServer, type PageServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_BUILD = buildDir('chrome-mv3-e2e');
export const PROD_BUILD = buildDir('chrome-mv3');
export const SCREENSHOTS = path.resolve(HERE, 'screenshots');

/** The flags this machine needs (no background networking: its closed network refuses it). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

interface Fixtures {
  server: PageServer;
  extContext: BrowserContext;
  worker: Worker;
  extensionId: string;
  firefox: Firefox;
}

/**
 * Firefox's launch, to the first window's idle startup tasks that a BiDi session waits for, and the add-on's install:
 * ~2.5 CPU-s, 3 s here at rest, 13–16 s at a load of 23 on two cores, past a test's whole 60 s near 48. Charged to the
 * shared browser's own set-up, not to the test that happens to ask for it first.
 */
const FIREFOX_SETUP_TIMEOUT_MS = 120_000;

/** One Chromium with the e2e build loaded, shared by the tests of a worker; a page server beside it. */
export const test = base.extend<{ openPopupFor: (page: Page) => Promise<Page> }, Fixtures>({
  server: [
    async ({}, use) => {
      const server = await startPageServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extContext: [
    async ({}, use) => {
      if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
      const extContext = await chromium.launchPersistentContext('', {
        executablePath: CHROMIUM,
        headless: false,
        args: ['--headless=new', ...CHROMIUM_FLAGS, ...extensionArgs(E2E_BUILD)],
        viewport: { width: 1000, height: 800 },
      });
      await use(extContext);
      await extContext.close();
    },
    { scope: 'worker' },
  ],
  worker: [
    async ({ extContext }, use) => {
      const worker = extContext.serviceWorkers()[0] ?? (await extContext.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],
  extensionId: [async ({ worker }, use) => use(new URL(worker.url()).host), { scope: 'worker' }],
  // One firefox-esr with the e2e build installed, shared by the Firefox tests of a worker as Chromium is: each test
  // opens and closes its own tabs. A failed test ends the worker, so the next one gets a new browser.
  firefox: [
    async ({}, use) => {
      if (!existsSync(path.join(FIREFOX_E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
      const firefox = await launchFirefox();
      try {
        await firefox.bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_E2E_BUILD } });
        await use(firefox);
      } finally {
        firefox.close();
      }
    },
    { scope: 'worker', timeout: FIREFOX_SETUP_TIMEOUT_MS },
  ],
  openPopupFor: async ({ extContext, extensionId, worker }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(worker, page.url());
      const popup = await extContext.newPage();
      await popup.setViewportSize({ width: 440, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    });
  },
});

export const expect = test.expect;

/** The id of the tab showing `url`, asked of the extension itself. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target) ?? tabs.find((t) => t.pendingUrl === target);
    if (!tab?.id) throw new Error(`no tab for ${target}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}

/** The clippings as the background stored them, read straight from IndexedDB. */
export function storedClippings(worker: Worker): Promise<Array<Record<string, unknown>>> {
  return storedRows(worker, 'clippings');
}

/** Every row of an object store of the extension's database, read from the worker or any extension page (same origin). */
export async function storedRows(from: Worker | Page, store: 'clippings' | 'search'): Promise<Array<Record<string, unknown>>> {
  return (from as Worker).evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('clean-reader');
        // No database yet: leave it to the extension to create (an empty version 1 made here would
        // hold up the background's own upgrade), and report no rows.
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          // Closed after reading, so this connection never blocks the extension's schema upgrades.
          if (!db.objectStoreNames.contains(name)) return (db.close(), resolve([]));
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => (db.close(), resolve(all.result));
          all.onerror = () => (db.close(), reject(all.error));
        };
      }),
    store,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/**
 * Specs share one browser: a spec that needs an empty library starts from one (deleting through the
 * background, its only writer), whatever earlier specs left in it.
 */
export async function emptyLibrary({ extContext, extensionId, worker }: { extContext: BrowserContext; extensionId: string; worker: Worker }): Promise<void> {
  const ids = (await storedClippings(worker)).map((c) => c.id as number);
  if (ids.length === 0) return;
  const page = await extContext.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  expect(await page.evaluate((ids) => chrome.runtime.sendMessage({ type: 'delete-clippings', ids }), ids)).toMatchObject({ ok: true });
  await page.close();
}
