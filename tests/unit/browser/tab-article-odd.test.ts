// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromTab } from '../../../utils/browser/tab-article';

// Odd pages (issue #7): local files without file access, and pages still loading.
describe('extractFromTab on odd pages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('a file:// page without file access: restricted, with fileAccess, without trying to script it', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'file:///home/me/saved.html' });
    (browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> }).isAllowedFileSchemeAccess = () => Promise.resolve(false);
    const execute = vi.spyOn(browser.scripting, 'executeScript');
    await expect(extractFromTab(id!)).resolves.toMatchObject({ ok: false, reason: 'restricted', fileAccess: true });
    expect(execute).not.toHaveBeenCalled();
  });

  it('a refusal naming a file:// URL (the URL hidden from us) is the file-access case too', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://placeholder.example/' });
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.'));
    await expect(extractFromTab(id!)).resolves.toMatchObject({ ok: false, reason: 'restricted', fileAccess: true });
  });

  it('injects at once, so a page still loading is read as far as it has arrived', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'not-article' } }] as never);
    await extractFromTab(id!, { force: true });
    for (const [call] of execute.mock.calls) expect(call).toMatchObject({ injectImmediately: true });
  });

  /** executeScript as a page answers: extract.js's result, and `contentType` for a function asking the document's type. */
  const page = (extracted: unknown, contentType: string) =>
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[]; func?: unknown }) =>
      [{ frameId: 0, result: injection.files ? extracted : contentType }]) as never);

  it.each([
    ['the check', { ok: false, reason: 'not-article' }],
    ['"Show it anyway"', undefined],
  ])('a PDF in Chromium\'s viewer: after %s found nothing, the PDF message (not "not an article" or "something went wrong")', async (_when, extracted) => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://council.example/minutes/download?id=7' });
    page(extracted, 'application/pdf');
    await expect(extractFromTab(id!, { force: extracted === undefined })).resolves.toMatchObject({ ok: false, reason: 'pdf' });
  });

  it.each([['image/png'], ['video/webm'], ['audio/ogg']])('a %s file shown on its own: after the check and after "Show it anyway", the file message with nothing to force', async (type) => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://photos.example/harbour-at-dusk' });
    page({ ok: false, reason: 'not-article' }, type);
    await expect(extractFromTab(id!)).resolves.toMatchObject({ ok: false, reason: 'media' });
    page(undefined, type);
    await expect(extractFromTab(id!, { force: true })).resolves.toMatchObject({ ok: false, reason: 'media' });
  });

  it('a web page that is no article stays "not an article", and an article is not asked its type', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    page({ ok: false, reason: 'not-article' }, 'text/html');
    await expect(extractFromTab(id!)).resolves.toMatchObject({ ok: false, reason: 'not-article' });
    const execute = page({ ok: true, article: { title: 'T', text: 'A text' } }, 'application/pdf');
    execute.mockClear();
    await expect(extractFromTab(id!)).resolves.toMatchObject({ ok: true });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it("a PDF in Firefox's viewer, which refuses every script: the PDF message when the address names a PDF, else restricted", async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Missing host permission for the tab'));
    const pdf = await fakeBrowser.tabs.create({ url: 'https://council.example/minutes/2024-03.pdf#page=2' });
    await expect(extractFromTab(pdf.id!)).resolves.toMatchObject({ ok: false, reason: 'pdf' });
    const other = await fakeBrowser.tabs.create({ url: 'https://council.example/minutes/' });
    await expect(extractFromTab(other.id!)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
  });
});
