import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { StoreError } from '../../utils/clippings/errors';
import type { ClippingDraft } from '../../utils/clippings/types';
import { createMessageListener, sendMessage } from '../../utils/messages';

const sender = {};

describe('createMessageListener', () => {
  it('answers a known message with its value', async () => {
    const listener = createMessageListener({ 'save-clipping': async () => ({ id: 7, updated: false }) });
    await expect(listener({ type: 'save-clipping', draft: {} }, sender)).resolves.toEqual({ ok: true, value: { id: 7, updated: false } });
  });

  it('answers a failing handler with its typed error', async () => {
    const listener = createMessageListener({
      'save-clipping': async () => {
        throw new StoreError('quota', 'disk full');
      },
    });
    await expect(listener({ type: 'save-clipping', draft: {} }, sender)).resolves.toEqual({ ok: false, error: 'quota', message: 'disk full' });
  });

  it('ignores messages that are not ours, so other listeners may answer', () => {
    const listener = createMessageListener({ 'save-clipping': async () => ({ id: 1, updated: false }) });
    expect(listener({ type: 'toString' }, sender)).toBeUndefined();
    expect(listener('save-clipping', sender)).toBeUndefined();
    expect(listener(null, sender)).toBeUndefined();
  });
});

describe('sendMessage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports a message the background never answered as unanswered, not as a failure', async () => {
    // What Chromium says when the worker is killed or stopped while it works on the message.
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'),
    );
    await expect(sendMessage('save-clipping', { draft: {} as ClippingDraft })).resolves.toMatchObject({ ok: false, error: 'unanswered' });
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendMessage('save-clipping', { draft: {} as ClippingDraft })).resolves.toMatchObject({ ok: false, error: 'unanswered' });
  });

  it('passes the background’s answer on, errors included', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'quota', message: 'disk full' } as never);
    await expect(sendMessage('save-clipping', { draft: {} as ClippingDraft })).resolves.toEqual({ ok: false, error: 'quota', message: 'disk full' });
  });
});
