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
});
