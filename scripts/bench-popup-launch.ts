// The popup benches' Chromium (bench:popup, scripts/bench-popup-cpu.ts): the builds and the floor extension
// (scripts/bench-floor.ts) loaded side by side, the corpus read offline, and the popup opened as a real click opens it.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/fixtures';

/** A popup window as big as ours (440 px wide, popup.css; Chromium's popups are at most 800 × 600). */
const POPUP_SIZE = { width: 440, height: 600 };

/**
 * Anything not served here is refused at once, by Chromium itself: every request goes to a proxy on a closed
 * port, but loopback (the corpus server), which Chromium never sends to a proxy. A Playwright route did this
 * before: it intercepts every request of every page over CDP, the extension's own files too, each held until
 * this process answered (up to ~55 ms a file in traced cold launches, while the launch kept this process busy).
 */
const REFUSE_ALL_BUT_LOOPBACK = '--proxy-server=http://127.0.0.1:9';

/** Chromium with the extensions in these folders on `profile` ('' for a throwaway one); the corpus is read offline. */
export async function launchPopupBench(extensions: string[], profile: string): Promise<BrowserContext> {
  const loaded = extensions.join(',');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    // Each window its own size (the popup's is POPUP_SIZE), not one emulated viewport for all.
    viewport: null,
    args: ['--headless=new', ...CHROMIUM_FLAGS, `--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`, REFUSE_ALL_BUT_LOOPBACK],
  });
}

/** The id Chromium gives an extension loaded from a folder: the folder's real path hashed (SHA-256), 32 hex digits written a–p. */
export function unpackedId(dir: string): string {
  return createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

/** The extension's service worker as it runs now (it may have been ended and started again). */
export async function workerOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  for (;;) {
    const worker = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
    if (worker) return worker;
    await context.waitForEvent('serviceworker');
  }
}

/** The floor extension's worker, which opens the popup windows. */
export async function floorWorker(context: BrowserContext): Promise<Worker> {
  for (;;) {
    const floor = context.serviceWorkers().find((w) => w.url().endsWith('/sw.js'));
    if (floor) return floor;
    await context.waitForEvent('serviceworker');
  }
}

/** The id Chromium gave the tab showing `url`, asked of the extension's worker. */
export async function tabIdOf(context: BrowserContext, extensionId: string, url: string): Promise<number | undefined> {
  return (await workerOf(context, extensionId)).evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, url);
}

/**
 * `url` in a popup window of its own, opened by the floor extension (so our worker stays as it was, asleep
 * in the cold runs): the article's tab stays the selected tab of its window, as under a real popup. Opened
 * as a second tab instead (as the e2e tests do), it sent the article's tab to the background, where Chromium
 * lowers its renderer's priority (nice 5 on Linux): the extraction then took 90 ms median instead of 58
 * under load (docs/benchmarks.md). A window from `Target.createTarget` was slower still.
 */
export async function openPopupWindow(context: BrowserContext, url: string): Promise<Page> {
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    // Nothing returned: Playwright would serialise the window (its tabs too) in the floor's worker while the popup starts.
    (await floorWorker(context)).evaluate(async ({ url, size }) => void (await chrome.windows.create({ url, type: 'popup', ...size })), { url, size: POPUP_SIZE }),
  ]);
  return popup;
}
