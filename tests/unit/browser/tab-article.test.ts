// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { extractFromTab, extractPopupArticle } from '../../../utils/browser/tab-article';

/** What extract.js returns: no word count; the popup adds it from the text (utils/reading-time.ts withReadingTime). */
const article = { ok: true, article: { title: 'T', text: 'Three short words' } };
const counted = { ok: true, article: { title: 'T', text: 'Three short words', wordCount: 3, readingMinutes: 1 } };

describe('extractFromTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  async function openTab(url: string) {
    const tab = await fakeBrowser.tabs.create({ url });
    return tab.id!;
  }

  it('injects the extraction script into the tab, in one round trip without options, and returns its result', async () => {
    const tabId = await openTab('https://news.example/a');
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: article }] as never);
    await expect(extractFromTab(tabId)).resolves.toEqual(counted);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute).toHaveBeenLastCalledWith({ target: { tabId }, files: ['/extract.js'], injectImmediately: true });
  });

  it('takes the page timing off the result and marks it on the popup clock', async () => {
    const tabId = await openTab('https://news.example/a');
    const startedAt = performance.timeOrigin + performance.now();
    const timing = { startedAt, doneAt: startedAt + 12 };
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ...article, timing } }] as never);
    performance.clearMarks();
    await expect(extractFromTab(tabId)).resolves.toEqual(counted);
    const [start] = performance.getEntriesByName('cr-popup-page-start');
    const [done] = performance.getEntriesByName('cr-popup-page-done');
    expect(done!.startTime - start!.startTime).toBeCloseTo(12, 0);
  });

  it('passes "Show it anyway" to the script before injecting it', async () => {
    const tabId = await openTab('https://news.example/a');
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: article }] as never);
    await extractFromTab(tabId, { force: true });
    expect(execute.mock.calls[0]![0]).toMatchObject({ target: { tabId }, args: ['__cleanReaderExtractOptions', { force: true }], injectImmediately: true });
    expect(execute.mock.calls[1]![0]).toMatchObject({ files: ['/extract.js'] });
  });

  it('says restricted for browser pages without trying to script them', async () => {
    const tabId = await openTab('chrome://settings');
    const execute = vi.spyOn(browser.scripting, 'executeScript');
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('says restricted when the browser refuses access', async () => {
    const tabId = await openTab('https://news.example/a');
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
  });

  it('says failed, with the detail, for any other error', async () => {
    const tabId = await openTab('https://news.example/a');
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Frame was removed'));
    await expect(extractFromTab(tabId)).resolves.toEqual({ ok: false, reason: 'failed', detail: 'Frame was removed' });
  });

  it('says no-tab without a tab', async () => {
    await expect(extractFromTab(undefined)).resolves.toEqual({ ok: false, reason: 'no-tab' });
  });
});

describe('extractPopupArticle', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('extracts the active tab, whose URL comes with it: no second request for the tab', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://news.example/a' }] as never);
    const get = vi.spyOn(browser.tabs, 'get');
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: article }] as never);
    await expect(extractPopupArticle('', () => {})).resolves.toEqual({ tabId: 7, result: counted });
    expect(get).not.toHaveBeenCalled();
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/extract.js'], injectImmediately: true });
  });

  it('says "sent" once the injection is on its way, with the tab, before the page has answered (the popup then loads its UI and asks for the selection)', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://news.example/a' }] as never);
    let answer!: (value: unknown) => void;
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
    const sent = vi.fn(() => expect(execute).toHaveBeenCalledTimes(1));
    const extraction = extractPopupArticle('', sent);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(7));
    answer([{ frameId: 0, result: article }]);
    await expect(extraction).resolves.toEqual({ tabId: 7, result: counted });
  });

  it('says "sent" also when nothing is injected', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    const sent = vi.fn();
    await extractPopupArticle('', sent);
    expect(sent).toHaveBeenCalled();
  });

  it('takes ?tabId=N, and refuses a browser page without scripting it', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    const execute = vi.spyOn(browser.scripting, 'executeScript');
    await expect(extractPopupArticle(`?tabId=${id}`, () => {})).resolves.toMatchObject({ tabId: id, result: { ok: false, reason: 'restricted' } });
    expect(execute).not.toHaveBeenCalled();
  });

  it('says no-tab when there is no active tab', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    await expect(extractPopupArticle('', () => {})).resolves.toEqual({ tabId: undefined, result: { ok: false, reason: 'no-tab' } });
  });

  it('says failed when the tab is gone', async () => {
    vi.spyOn(browser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 999.'));
    await expect(extractPopupArticle('?tabId=999', () => {})).resolves.toMatchObject({ tabId: 999, result: { ok: false, reason: 'failed', detail: 'No tab with id: 999.' } });
  });
});
