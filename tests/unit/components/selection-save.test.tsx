// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SelectionSave } from '../../../components/popup/SelectionSave';
import { Popup } from '../../../entrypoints/popup/Popup';
import type { PopupExtraction, TabArticleResult } from '../../../utils/browser/tab-article';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();

describe('SelectionSave', () => {
  it('offers "Save selection", described by its first words and length, and asks the background to save the tab\'s selection', async () => {
    const host = mount(<SelectionSave tabId={4} text="Gulls followed the trawler back into the bay at dusk, as they always did" />);
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Save selection');
    expect(host.querySelector(`#${button.getAttribute('aria-describedby')}`)!.textContent).toBe('“Gulls followed the trawler back into the bay…” · 14 words');
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { id: 3, updated: false } } as never);
    await act(async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(send).toHaveBeenCalledWith({ type: 'save-selection', tabId: 4, selectionText: 'Gulls followed the trawler back into the bay at dusk, as they always did' });
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Selection saved');
  });

  it('says one word in the singular', () => {
    expect(mount(<SelectionSave tabId={4} text="Ahoy" />).querySelector('.cr-selection-preview')!.textContent).toBe('“Ahoy” · 1 word');
  });
});

describe('the popup\'s "Save selection"', () => {
  const NOT_ARTICLE: TabArticleResult = { ok: false, reason: 'not-article' };
  /** A popup for tab 9, a page that is no article, whose selection was asked with the extraction: `selection`. */
  async function popupWith(selection: string): Promise<{ host: HTMLElement; probes: number }> {
    const probe = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: 'asked again after the paint' }] as never);
    const first = Promise.resolve({ tabId: 9, result: NOT_ARTICLE });
    const extraction: PopupExtraction = { first, extract: async () => NOT_ARTICLE, styled: Promise.resolve(), selection: Promise.resolve(selection) };
    let host!: HTMLElement;
    await act(async () => void (host = mount(<Popup extraction={extraction} />)));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20))); // its module loaded
    return { host, probes: probe.mock.calls.length };
  }

  it('is offered from the selection asked with the extraction: the page is not asked again once the popup has painted', async () => {
    const { host, probes } = await popupWith('Herons nest in the alders by the weir');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toContain('Save selection');
    expect(host.querySelector('.cr-selection-preview')!.textContent).toBe('“Herons nest in the alders by the weir” · 8 words');
    expect(probes).toBe(0);
  });

  it('is not offered when the page had no selection', async () => {
    const { host, probes } = await popupWith('');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Save selection');
    expect(probes).toBe(0);
  });
});
