// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SaveButton } from '../../../components/SaveButton';
import type { ClippingDraft } from '../../../utils/clippings/types';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();

async function clickSave(): Promise<{ status: string; button: HTMLButtonElement }> {
  const host = mount(<SaveButton draft={() => ({}) as ClippingDraft} />);
  const button = host.querySelector('button')!;
  await act(async () => {
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { status: host.querySelector('[role="status"]')!.textContent ?? '', button };
}

describe('SaveButton', () => {
  it('says "Saved" when the background stored the clipping', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { id: 1, updated: false } } as never);
    expect((await clickSave()).status).toBe('Saved');
  });

  it('says "Not saved" and why when the background refused the clipping', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'quota', message: 'QuotaExceededError' } as never);
    expect((await clickSave()).status).toMatch(/^Not saved: your browser's storage is full/);
  });

  it('never says "Not saved" when the worker died before answering (the clipping may be stored), and can be pressed again', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'),
    );
    const { status, button } = await clickSave();
    expect(status).toMatch(/^Not confirmed: .*Save again to be sure; it never makes a second copy\.$/);
    expect(status).not.toMatch(/Not saved/);
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe('Save');
  });

  it('saves through its own request when given one, and says a failure written for the reader in its words', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, error: 'unknown', message: 'no text was selected', forReader: true });
    const host = mount(<SaveButton send={send} label="Save selection" primary={false} describedBy="what" />);
    const button = host.querySelector('button')!;
    expect([button.textContent, button.getAttribute('aria-describedby')]).toEqual(['Save selection', 'what']);
    await act(async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Not saved: no text was selected');
  });

  it("is the row's main action unless told it is a secondary one ('Save again' on a page already saved)", () => {
    const draft = () => ({}) as ClippingDraft;
    expect(mount(<SaveButton draft={draft} />).querySelector('button')!.className).toBe('cr-button cr-button-primary');
    const secondary = mount(<SaveButton draft={draft} label="Save again" primary={false} />).querySelector('button')!;
    expect([secondary.className, secondary.textContent]).toEqual(['cr-button', 'Save again']);
  });
});
