// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SelectionSave } from '../../../components/popup/SelectionSave';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();

/** The popup's part, with the page answering `selection` to the function it is sent. */
async function mountWithSelection(selection: string): Promise<HTMLElement> {
  vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: selection }] as never);
  let host!: HTMLElement;
  act(() => void (host = mount(<SelectionSave tabId={4} />)));
  // The effect has asked the page: its answer renders.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return host;
}

describe('SelectionSave', () => {
  it('shows nothing when the page has no selection', async () => {
    expect((await mountWithSelection('')).innerHTML).toBe('');
  });

  it('offers "Save selection", described by its first words and length, and asks the background to save the tab\'s selection', async () => {
    const host = await mountWithSelection('Gulls followed the trawler back into the bay at dusk, as they always did');
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

  it('says one word in the singular', async () => {
    expect((await mountWithSelection('Ahoy')).querySelector('.cr-selection-preview')!.textContent).toBe('“Ahoy” · 1 word');
  });
});
