import { browser } from 'wxt/browser';
import type { ExtractOptions, ExtractResult } from './extract/types';
import { refusalBeforeRun, refusalOf, runScriptInTab, type TabRefusal } from './run-in-tab';

export type TabArticleResult = ExtractResult | ({ ok: false } & TabRefusal) | { ok: false; reason: 'no-tab' };

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
    const refusal = await refusalBeforeRun((await browser.tabs.get(tabId)).url);
    if (refusal) return { ok: false, ...refusal };
    const result = (await runScriptInTab(tabId, EXTRACT_SCRIPT, { global: '__cleanReaderExtractOptions', value: options })) as ExtractResult | undefined;
    return result ?? { ok: false, reason: 'failed', detail: 'The page returned no result.' };
  } catch (error) {
    return { ok: false, ...(refusalOf(error) ?? { reason: 'failed', detail: error instanceof Error ? error.message : String(error) }) };
  }
}
