import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { tabSelectionText } from '../../../utils/browser/tab-selection';

// The popup asks the page for its selection with a function of its own (extract.js stays as it is).
describe('tabSelectionText', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it("runs a function in the tab at once that returns the page's selection, trimmed", async () => {
    document.body.innerHTML = '<p id="p">Before. <b>The ferry left at dawn</b> after.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('b')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    // The function the tab is given, run here on this document as the page would run it.
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: { func: () => unknown }) => [{ frameId: 0, result: injection.func() }]) as never);
    await expect(tabSelectionText(7)).resolves.toBe('The ferry left at dawn');
    expect(execute.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7 }, injectImmediately: true });
    getSelection()!.removeAllRanges();
    await expect(tabSelectionText(7)).resolves.toBe('');
  });

  it('is empty when the page cannot be read', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(tabSelectionText(7)).resolves.toBe('');
  });
});
