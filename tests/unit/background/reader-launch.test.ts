// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Article } from '../../../utils/extract/types';
import { COMMAND, MENU } from '../../../utils/background/ids';
import { readerLaunch } from '../../../utils/background/reader-launch';
import { registerBackground } from '../../../utils/background/registry';
import { handedOverArticle, openArticleInReader } from '../../../utils/browser/reader-handover';

const MENU_OPEN_READER = MENU.openReader;
const COMMAND_OPEN_READER = COMMAND.openReader;

const article = { title: 'A title', url: 'https://news.example/a', html: '<p>Secret body</p>', text: 'Secret body' } as Article;

describe('handing an article to the reader', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('stores the article in storage.session and opens the reader next to its tab, with only a key in the URL', async () => {
    const from = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const create = vi.spyOn(browser.tabs, 'create');
    await openArticleInReader(article, from);
    expect(create).toHaveBeenCalledTimes(1);
    const options = create.mock.calls[0]![0];
    expect(options).toMatchObject({ index: from.index + 1, windowId: from.windowId, openerTabId: from.id });
    const url = new URL(options.url!);
    expect(url.pathname).toBe('/reader.html');
    expect(url.search).toMatch(/^\?article=[\w-]{8,64}$/);
    expect(options.url).not.toContain('Secret');
    await expect(handedOverArticle(url.searchParams.get('article')!)).resolves.toEqual(article);
  });

  it('reads the tab itself when the article cannot be handed over', async () => {
    const from = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    vi.spyOn(browser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const create = vi.spyOn(browser.tabs, 'create');
    await openArticleInReader(article, from);
    expect(create.mock.calls[0]![0].url).toMatch(new RegExp(`/reader\\.html\\?tabId=${from.id}$`));
  });

  it('keeps only the newest handovers', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    for (let i = 0; i < 14; i++) await openArticleInReader({ ...article, title: `Article ${i}` }, undefined);
    const keys = create.mock.calls.map(([options]) => new URL(options.url!).searchParams.get('article')!);
    await expect(handedOverArticle(keys[0]!)).resolves.toBeUndefined();
    await expect(handedOverArticle(keys[1]!)).resolves.toBeUndefined();
    await expect(handedOverArticle(keys[2]!)).resolves.toMatchObject({ title: 'Article 2' });
    await expect(handedOverArticle(keys[13]!)).resolves.toMatchObject({ title: 'Article 13' });
    const stored = await browser.storage.session.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('reader-article:'))).toHaveLength(12);
  });

  it('finds nothing under an unknown key', async () => {
    await expect(handedOverArticle('no-such-key-0000')).resolves.toBeUndefined();
  });
});

describe('context menu and command', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('open the reader on the clicked tab', async () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'readerMenuOpen' ? 'Open in Clean Reader' : ''));
    const listeners: { menu?: (info: { menuItemId: string }, tab?: unknown) => void; command?: (command: string, tab?: unknown) => Promise<void> } = {};
    const created: unknown[] = [];
    Object.assign(browser.contextMenus, {
      create: (props: unknown) => created.push(props),
      onClicked: { addListener: (fn: typeof listeners.menu) => (listeners.menu = fn) },
    });
    Object.assign(browser.commands, { onCommand: { addListener: (fn: typeof listeners.command) => (listeners.command = fn) } });
    registerBackground({ features: [readerLaunch()] });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(created).toEqual([expect.objectContaining({ id: MENU_OPEN_READER, title: 'Open in Clean Reader', contexts: ['page'] })]);

    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const create = vi.spyOn(browser.tabs, 'create');
    listeners.menu!({ menuItemId: MENU_OPEN_READER }, tab);
    listeners.menu!({ menuItemId: 'something-else' }, tab);
    await listeners.command!(COMMAND_OPEN_READER, tab);
    await listeners.command!('save-page', tab);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    for (const [options] of create.mock.calls) expect(options.url).toMatch(new RegExp(`/reader\\.html\\?tabId=${tab.id}$`));
  });
});
