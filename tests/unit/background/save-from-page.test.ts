// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ClippingsDb } from '../../../utils/clippings/db';
import { saveFromTab, saveSelectionOfTab } from '../../../utils/background/save-from-page';
import { createMessageListener } from '../../../utils/browser/messages';
import { makeDraft } from '../clippings/helpers';
import { stubI18n } from '../ui-helpers';

// Saves started in the background (context menu, keyboard command): clip.js in the page, then the store.
let db: ClippingsDb;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  stubI18n();
  db = new ClippingsDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function openTab(url: string) {
  return fakeBrowser.tabs.create({ url });
}

describe('saveFromTab', () => {
  it('hands clip.js its mode and selection, runs it at once, and stores the draft it returns', async () => {
    const tab = await openTab('https://news.example/a');
    const draft = makeDraft({ kind: 'selection', title: 'Picked passage' });
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: true, draft } }] as never);
    await expect(saveFromTab(db, tab, 'selection', 'the passage')).resolves.toMatchObject({ ok: true, updated: false });
    expect(execute.mock.calls[0]![0]).toMatchObject({ target: { tabId: tab.id }, args: ['__cleanReaderClipOptions', { mode: 'selection', selectionText: 'the passage' }], injectImmediately: true });
    expect(execute.mock.calls[1]![0]).toEqual({ target: { tabId: tab.id }, files: ['/clip.js'], injectImmediately: true });
    expect((await db.clippings.toArray()).map((c) => c.title)).toEqual(['Picked passage']);
  });

  it("passes on clip.js's own failure and stores nothing", async () => {
    const tab = await openTab('https://news.example/a');
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'no-selection' } }] as never);
    await expect(saveFromTab(db, tab, 'selection')).resolves.toEqual({ ok: false, reason: 'no-selection' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('refuses browser pages without scripting them', async () => {
    const tab = await openTab('chrome://settings');
    const execute = vi.spyOn(browser.scripting, 'executeScript');
    await expect(saveFromTab(db, tab, 'page')).resolves.toEqual({ ok: false, reason: 'restricted' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('says file access is needed for a local file, before or after trying', async () => {
    const execute = vi.spyOn(browser.scripting, 'executeScript');
    const setTitle = vi.spyOn(browser.action, 'setTitle');
    const file = await openTab('file:///home/me/saved.html');
    await expect(saveFromTab(db, file, 'page')).resolves.toEqual({ ok: false, reason: 'file-access' });
    expect(execute).not.toHaveBeenCalled();
    // The toolbar button says what to do about it.
    await vi.waitFor(() => expect(setTitle).toHaveBeenCalledWith({ tabId: file.id, title: expect.stringContaining('Allow access to file URLs') }));
    execute.mockRejectedValue(new Error('Cannot access contents of url "file:///home/me/a.html".'));
    await expect(saveFromTab(db, await openTab('https://news.example/a'), 'page')).resolves.toEqual({ ok: false, reason: 'file-access' });
  });

  it('says restricted when the browser refuses, failed for other errors', async () => {
    const tab = await openTab('https://news.example/a');
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(saveFromTab(db, tab, 'page')).resolves.toEqual({ ok: false, reason: 'restricted' });
    execute.mockRejectedValue(new Error('Frame was removed'));
    await expect(saveFromTab(db, tab, 'page')).resolves.toEqual({ ok: false, reason: 'failed' });
  });

  it('says PDF, on the toolbar button too, when the page that gave nothing shows a PDF or a refused address names one', async () => {
    const setTitle = vi.spyOn(browser.action, 'setTitle');
    const viewer = await openTab('https://council.example/minutes/download?id=7');
    // Chromium: clip.js finds nothing in the page around the viewer, whose document is the PDF.
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[] }) =>
      [{ frameId: 0, result: injection.files ? { ok: false, reason: 'not-article' } : 'application/pdf' }]) as never);
    await expect(saveFromTab(db, viewer, 'page')).resolves.toEqual({ ok: false, reason: 'pdf' });
    await vi.waitFor(() => expect(setTitle).toHaveBeenCalledWith({ tabId: viewer.id, title: expect.stringContaining('PDF') }));
    // Firefox: its viewer refuses every script; the address is what names the PDF.
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Missing host permission for the tab'));
    await expect(saveFromTab(db, await openTab('https://council.example/minutes/2024-03.pdf'), 'page')).resolves.toEqual({ ok: false, reason: 'pdf' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('says so when the page that gave nothing is a picture shown on its own', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[] }) =>
      [{ frameId: 0, result: injection.files ? { ok: false, reason: 'not-article' } : 'image/jpeg' }]) as never);
    await expect(saveFromTab(db, await openTab('https://photos.example/gull.jpg'), 'page')).resolves.toEqual({ ok: false, reason: 'media' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('an HTML page that gave nothing is no PDF', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[] }) =>
      [{ frameId: 0, result: injection.files ? { ok: false, reason: 'not-article' } : 'text/html' }]) as never);
    await expect(saveFromTab(db, await openTab('https://news.example/'), 'page')).resolves.toEqual({ ok: false, reason: 'not-article' });
  });
});

describe("saveSelectionOfTab (the popup's Save selection)", () => {
  it("clips the tab's selection as the context menu does and stores it, without a badge (the popup says it)", async () => {
    const tab = await openTab('https://news.example/b');
    const draft = makeDraft({ kind: 'selection', title: 'Harbour notes', url: 'https://news.example/b' });
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: true, draft } }] as never);
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    await expect(saveSelectionOfTab(db, tab.id!, 'the tide came in')).resolves.toMatchObject({ updated: false });
    expect(execute.mock.calls[0]![0]).toMatchObject({ args: ['__cleanReaderClipOptions', { mode: 'selection', selectionText: 'the tide came in' }] });
    expect(execute.mock.calls[1]![0]).toMatchObject({ files: ['/clip.js'] });
    expect((await db.clippings.toArray()).map((c) => [c.kind, c.title])).toEqual([['selection', 'Harbour notes']]);
    expect(badge).not.toHaveBeenCalled();
  });

  it("answers a clip that failed in the reader's words, and the store's errors with their code", async () => {
    const tab = await openTab('https://news.example/b');
    const answer = createMessageListener({ 'save-selection': ({ tabId, selectionText }) => saveSelectionOfTab(db, tabId, selectionText) });
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'no-selection' } }] as never);
    await expect(answer({ type: 'save-selection', tabId: tab.id! }, {})).resolves.toMatchObject({ ok: false, error: 'unknown', message: 'no text was selected', forReader: true });
    // A draft the store refuses (no URL): its own code, as for the popup's Save.
    execute.mockResolvedValue([{ frameId: 0, result: { ok: true, draft: makeDraft({ url: '' }) } }] as never);
    await expect(answer({ type: 'save-selection', tabId: tab.id! }, {})).resolves.toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.clippings.count()).toBe(0);
  });
});
