// Opening the reader tab: from the popup's "Read" (the article handed over in storage.session, never
// in the URL), and from the context menu and the keyboard command (the reader reads the tab itself).
import { browser, type Browser } from 'wxt/browser';
import type { Article } from './extract/types';
import { t } from './i18n';

const HANDOFF_PREFIX = 'reader-article:';
export const MENU_OPEN_READER = 'cr-open-reader';
export const COMMAND_OPEN_READER = 'open-reader';

type Tab = Pick<Browser.tabs.Tab, 'id' | 'index' | 'windowId'>;

/** Opens the reader next to `from` with this article; falls back to reading the tab if it can't be handed over. */
export async function openArticleInReader(article: Article, from: Tab | undefined): Promise<void> {
  const key = crypto.randomUUID();
  try {
    await forgetOldHandovers();
    await browser.storage.session.set({ [HANDOFF_PREFIX + key]: article, [HANDOFF_ORDER]: [...(await handoverKeys()), key] });
    await openReader(`article=${key}`, from);
  } catch {
    // storage.session holds 10 MB at most: a huge article is read from its tab instead.
    if (from?.id !== undefined) await openReader(`tabId=${from.id}`, from);
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

function openReader(query: string, from: Tab | undefined) {
  return browser.tabs.create({
    url: browser.runtime.getURL(`/reader.html?${query}`),
    ...(from ? { index: from.index + 1, windowId: from.windowId, openerTabId: from.id } : {}),
  });
}

/** The context-menu item and the command; the click or key press grants activeTab on that tab. */
export function registerReaderLaunch(): void {
  const openFor = (tab?: Tab) => (tab?.id !== undefined ? openReader(`tabId=${tab.id}`, tab) : undefined);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_OPEN_READER, title: t('readerMenuOpen'), contexts: ['page'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_READER) void openFor(tab);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== COMMAND_OPEN_READER) return;
    void openFor(tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
  });
}
