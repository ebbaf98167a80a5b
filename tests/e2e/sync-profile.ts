// What the sync specs and `npm run bench:sync` do in a Chromium profile: send the background a message as
// the library does, read the stored clippings, fill a library, and use the library's Sync panel.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { COUCH_PASSWORD, COUCH_USER } from './couch';
import { CHROMIUM, CHROMIUM_FLAGS, E2E_BUILD, expect, extensionArgs, storedRows } from './fixtures';

/** A Chromium profile of its own (a temporary one) with the e2e build, its library open. */
export interface SyncProfile { context: BrowserContext; library: Page }

export async function openProfile(): Promise<SyncProfile> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', ...CHROMIUM_FLAGS, ...extensionArgs(E2E_BUILD)],
    viewport: { width: 1000, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const library = await context.newPage();
  await library.goto(`chrome-extension://${new URL(worker.url()).host}/library.html`);
  await expect(library.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  return { context, library };
}

export interface StoredClipping { id: number; key: string; title: string; tags: string[]; note: string; highlights: Array<{ id: string }> }

/** Sends a message to the background from an extension page, as the popup and library do. */
export function send(page: Page, message: Record<string, unknown>) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value: any; message?: string }>;
}

/** A draft for `save-clipping`: a short article at https://news.example/sync-N. */
export const draft = (n: number, title: string) => ({
  kind: 'article', url: `https://news.example/sync-${n}`, canonicalUrl: `https://news.example/sync-${n}`, title, byline: 'Staff', siteName: 'News',
  publishedTime: null, lang: 'en', dir: 'ltr', html: `<p>${title}: the body.</p>`, text: `${title}: the body.`, excerpt: title, wordCount: 4, textFragmentUrl: null,
});

const WORDS = 'harbour council river budget minister season match court ruling vaccine launch market shares growth storm rail bridge school teacher festival album election senator league goal energy solar grid water drought farmers museum'.split(' ');

/** A stored clipping for `restore-clippings` (a library filled at scale): a few paragraphs, about 4 KB of HTML, varied enough for the search index. */
export function seedClipping(i: number) {
  const sentences = Array.from({ length: 24 }, (_, s) => `The ${WORDS[(i + s) % WORDS.length]} and the ${WORDS[(i * 7 + s * 3) % WORDS.length]} met on day ${s + 1} of story ${i}.`);
  const paragraphs = [0, 6, 12, 18].map((start) => sentences.slice(start, start + 6).join(' '));
  const url = `https://news.example/bench/${i}`;
  const text = paragraphs.join('\n\n');
  return {
    id: i + 1, kind: 'article', key: url, url, canonicalUrl: url, title: `Story ${i}: ${WORDS[i % WORDS.length]}`, byline: null, siteName: 'Bench News',
    publishedTime: null, lang: 'en', dir: 'ltr', html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, excerpt: paragraphs[0]!,
    wordCount: text.split(/\s+/).length, textFragmentUrl: null, savedAt: 1_700_000_000_000 + i * 1000, tags: [WORDS[i % 7]!], note: '',
  };
}

/** Fills the library with `count` seed clippings, a thousand a message. */
export async function seedLibrary(page: Page, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const reply = await send(page, { type: 'restore-clippings', clippings: Array.from({ length: Math.min(1000, count - start) }, (_, j) => seedClipping(start + j)) });
    if (!reply.ok) throw new Error(`seeding failed: ${reply.message}`);
  }
}

/** Every clipping the profile stores, read straight from IndexedDB. */
export async function clippings(page: Page): Promise<StoredClipping[]> {
  return (await storedRows(page, 'clippings')) as unknown as StoredClipping[];
}

/** How many clippings the profile stores (a count, cheap enough to poll while a sync writes). */
export function clippingCount(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('clean-reader');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('clippings').objectStore('clippings').count();
      request.onsuccess = () => (open.result.close(), resolve(request.result));
    };
  }));
}

export async function openPanel(page: Page) {
  const panel = page.locator('.cr-sync');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').click();
  return panel;
}

export async function turnOn(page: Page, url: string, password = COUCH_PASSWORD) {
  const panel = await openPanel(page);
  await panel.getByLabel('Database address').fill(url);
  await panel.getByLabel('User name').fill(COUCH_USER);
  await panel.getByLabel('Password').fill(password);
  await panel.getByRole('button', { name: 'Turn on sync' }).click();
}

/** Clicks Sync now (once a running sync lets it) and waits until the sync is done. */
export async function syncNow(page: Page, timeout = 10_000) {
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Sync now' }).click({ timeout });
  await expect(panel.getByRole('status')).toContainText('Last synced', { timeout });
  await expect(panel.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout });
}
