import type { Browser } from 'wxt/browser';
import { activeTab } from './active-tab';
import { nativeApi } from './native-api';
import { errorMessage } from '../error-message';
import type { ExtractOptions, ExtractResult, PageExtractResult } from '../extract/types';
import { withReadingTime } from '../reading-time';
import { markAt, POPUP_PHASES, type PageTiming } from '../perf-marks';
import { fileRefusal, refusalBeforeRun, refusalOf, runScriptInTab, type TabRefusal } from './run-in-tab';

export type TabArticleResult = ExtractResult | ({ ok: false } & TabRefusal) | { ok: false; reason: 'no-tab' };

/** The popup's article: the tab it is about, and what extracting it gave. */
export interface TabArticle {
  tabId: number | undefined;
  result: TabArticleResult;
}

type Tab = Pick<Browser.tabs.Tab, 'id' | 'url'>;

/**
 * What the popup's first script (entrypoints/popup-start.ts) hands its UI: the extraction it sent, and
 * the way to extract again ("Show it anyway", "Try again"), so the UI bundle carries no copy of this module.
 */
export interface PopupExtraction {
  first: Promise<TabArticle>;
  extract: typeof extractFromTab;
  /** Settles once the popup's stylesheets, added with the UI's files, have loaded: the UI renders nothing before. */
  styled: Promise<void>;
  /** The text selected in the tab as the popup opened ('' for none), asked right after the extraction was sent. */
  selection: Promise<string>;
}

declare global {
  interface Window {
    __cleanReaderPopup?: PopupExtraction;
  }
}

const EXTRACT_SCRIPT = '/extract.js';

/** `?tabId=N` when given (tests, the reader), else undefined. */
function tabIdParam(search: string): number | undefined {
  const param = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(param) && param > 0 ? param : undefined;
}

/**
 * The popup's first request: finds its tab and extracts its article, as early as the popup can. The
 * active tab comes with its URL (the click's activeTab grant shows it), so no second round trip asks for it.
 * `sent` is called once the injection is on its way, with the tab's id, or once it is known that none will be, without
 * (it may be called twice).
 */
export async function extractPopupArticle(search: string, sent: (tabId?: number) => void): Promise<TabArticle> {
  const param = tabIdParam(search);
  try {
    const tab = param === undefined ? await activeTab() : await nativeApi.tabs.get(param);
    performance.mark(POPUP_PHASES.tab);
    return { tabId: tab?.id, result: tab?.id === undefined ? { ok: false, reason: 'no-tab' } : await extractFromKnownTab(tab, {}, sent) };
  } catch (error) {
    return { tabId: param, result: failure(error) };
  } finally {
    sent();
  }
}

/** Injects the extraction script into the tab (only now, on the user's click) and returns its result. */
export async function extractFromTab(tabId: number | undefined, options: ExtractOptions = {}): Promise<TabArticleResult> {
  if (tabId === undefined) return { ok: false, reason: 'no-tab' };
  try {
    return await extractFromKnownTab(await nativeApi.tabs.get(tabId), options);
  } catch (error) {
    return failure(error);
  }
}

async function extractFromKnownTab(tab: Tab, options: ExtractOptions = {}, sent?: (tabId: number) => void): Promise<TabArticleResult> {
  const result = await extractFromPage(tab, options, sent);
  // Nothing found, or nothing returned: what a PDF in the browser's viewer, or a picture on its own, gives; then say so.
  if (result.ok || (result.reason !== 'not-article' && result.reason !== 'failed')) return result;
  const file = await fileRefusal(tab.id!);
  return file ? { ok: false, ...file } : result;
}

async function extractFromPage(tab: Tab, options: ExtractOptions, sent?: (tabId: number) => void): Promise<TabArticleResult> {
  try {
    const refusal = await refusalBeforeRun(tab.url);
    if (refusal) return { ok: false, ...refusal };
    performance.mark(POPUP_PHASES.sent);
    const running = runScriptInTab(tab.id!, EXTRACT_SCRIPT, { global: '__cleanReaderExtractOptions', value: options });
    sent?.(tab.id!);
    const reply = (await running) as (PageExtractResult & { timing?: PageTiming }) | undefined;
    performance.mark(POPUP_PHASES.received);
    if (!reply) return { ok: false, reason: 'failed', detail: 'The page returned no result.' };
    const { timing, ...result } = reply;
    if (timing) {
      markAt(POPUP_PHASES.pageStart, timing.startedAt);
      markAt(POPUP_PHASES.pageDone, timing.doneAt);
    }
    return withReadingTime(result);
  } catch (error) {
    return failure(error, tab.url);
  }
}

function failure(error: unknown, url?: string): TabArticleResult {
  return { ok: false, ...(refusalOf(error, url) ?? { reason: 'failed', detail: errorMessage(error) }) };
}
