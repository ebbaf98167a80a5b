import { browser } from 'wxt/browser';
import type { ExtractOptions, ExtractResult } from './extract/types';
import { isAccessRefusal, isRestrictedUrl } from './restricted';

/** `fileAccess`: a local file the extension may not read until the reader allows file URLs. */
export type TabArticleResult = ExtractResult | { ok: false; reason: 'restricted' | 'no-tab'; detail?: string; fileAccess?: true };

const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/** The tab the popup is about: `?tabId=N` when given (tests, the reader), else the active tab. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const param = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Injects the extraction script into the tab (only now, on the user's click) and returns its result. */
export async function extractFromTab(tabId: number | undefined, options: ExtractOptions = {}): Promise<TabArticleResult> {
  if (tabId === undefined) return { ok: false, reason: 'no-tab' };
  try {
    const tab = await browser.tabs.get(tabId);
    if (isRestrictedUrl(tab.url)) return { ok: false, reason: 'restricted', detail: tab.url };
    // A local file: only with "Allow access to file URLs" (Chromium), which the reader can switch on.
    if (tab.url?.startsWith('file:') && !(await fileAccessAllowed())) return { ok: false, reason: 'restricted', fileAccess: true, detail: tab.url };
    if (options.force) {
      await browser.scripting.executeScript({
        target: { tabId },
        func: (opts: ExtractOptions) => {
          globalThis.__cleanReaderExtractOptions = opts;
        },
        args: [options],
        injectImmediately: true,
      });
    }
    // At once, on what has arrived: without injectImmediately a page still loading keeps the popup
    // waiting until it has loaded, which may be never.
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT], injectImmediately: true });
    const result = injection?.result as ExtractResult | undefined;
    return result ?? { ok: false, reason: 'failed', detail: 'The page returned no result.' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (isAccessRefusal(error)) return { ok: false, reason: 'restricted', detail, ...(/\bfile:\/\//i.test(detail) ? { fileAccess: true as const } : {}) };
    return { ok: false, reason: 'failed', detail };
  }
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}
