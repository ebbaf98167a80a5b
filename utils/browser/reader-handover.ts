// Opening the reader tab: from the popup's "Read" with the article handed over in storage.session
// (never in the URL), or on a tab that the reader then reads itself (background/reader-launch.ts).
import { browser, type Browser } from 'wxt/browser';
import type { Article } from '../extract/types';
import { readerPath, type ReaderSource } from '../reader-source';

const HANDOFF_PREFIX = 'reader-article:';

type Tab = Pick<Browser.tabs.Tab, 'id' | 'index' | 'windowId'>;

/** Opens the reader next to `from` with this article; falls back to reading the tab if it can't be handed over. */
export async function openArticleInReader(article: Article, from: Tab | undefined): Promise<void> {
  const key = crypto.randomUUID();
  try {
    await forgetOldHandovers();
    await browser.storage.session.set({ [HANDOFF_PREFIX + key]: article, [HANDOFF_ORDER]: [...(await handoverKeys()), key] });
    await openReader({ kind: 'article', key }, from);
  } catch {
    // storage.session holds 10 MB at most: a huge article is read from its tab instead.
    if (from?.id !== undefined) await openReader({ kind: 'tab', tabId: from.id }, from);
  }
}

/** Handovers kept for reloads: the newest ones, so a long session does not fill storage.session (10 MB). */
const KEEP_HANDOVERS = 12;
const HANDOFF_ORDER = 'reader-article-order';

async function handoverKeys(): Promise<string[]> {
  const stored = await browser.storage.session.get(HANDOFF_ORDER);
  const keys = stored[HANDOFF_ORDER];
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}

async function forgetOldHandovers(): Promise<void> {
  const keys = await handoverKeys();
  const old = keys.slice(0, Math.max(0, keys.length - (KEEP_HANDOVERS - 1)));
  if (!old.length) return;
  await browser.storage.session.remove(old.map((k) => HANDOFF_PREFIX + k));
  await browser.storage.session.set({ [HANDOFF_ORDER]: keys.slice(old.length) });
}

/** The article the popup handed over under `key`; kept for reloads until the browser closes. */
export async function handedOverArticle(key: string): Promise<Article | undefined> {
  const stored = await browser.storage.session.get(HANDOFF_PREFIX + key);
  return stored[HANDOFF_PREFIX + key] as Article | undefined;
}

/** Opens the reader on `source` next to `from` (or at the end of the window). */
export function openReader(source: ReaderSource, from: Tab | undefined) {
  return browser.tabs.create({
    url: browser.runtime.getURL(`/${readerPath(source)}`),
    ...(from ? { index: from.index + 1, windowId: from.windowId, openerTabId: from.id } : {}),
  });
}
