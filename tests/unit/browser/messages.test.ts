// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { invalidField, invalidForReader, StoreError } from '../../../utils/clippings/errors';
import { libraryHandlers } from '../../../utils/background/library-handlers';
import { ClippingsDb } from '../../../utils/clippings/db';
import type { Clipping, ClippingDraft } from '../../../utils/clippings/types';
import { onEvent, sendEvent } from '../../../utils/browser/events';
import { createMessageListener, failureOf, sendFailure, sendMessage } from '../../../utils/browser/messages';

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

  it('answers a handler that throws before it returns a promise with an error reply, not silence', async () => {
    const listener = createMessageListener({
      'save-clipping': () => {
        throw invalidField('url');
      },
    });
    await expect(listener({ type: 'save-clipping', draft: {} }, sender)).resolves.toMatchObject({ ok: false, error: 'invalid', field: 'url' });
  });

  it('answers restore-clippings with a bad clipping with the backup problem, in words for the reader', async () => {
    const db = new ClippingsDb(`messages-${Math.random()}`);
    const listener = createMessageListener(libraryHandlers(db));
    const reply = await listener({ type: 'restore-clippings', clippings: [{ id: 1, title: 'Hello' } as unknown as Clipping] }, sender);
    expect(reply).toMatchObject({ ok: false, error: 'invalid', forReader: true, message: expect.stringContaining('clippings[0] ("Hello")') });
    await expect(listener({ type: 'restore-clippings', clippings: 'no' as unknown as Clipping[] }, sender)).resolves.toMatchObject({ ok: false, error: 'invalid', field: 'clippings' });
    await db.delete();
  });

  it('answers an error that is not the store’s as unknown', async () => {
    const listener = createMessageListener({ 'key-facts': () => Promise.reject(new TypeError('boom')) });
    await expect(listener({ type: 'key-facts', title: '', text: '' }, sender)).resolves.toEqual({ ok: false, error: 'unknown', message: 'boom' });
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

describe('sendFailure', () => {
  it('tells a request that never left from one whose answer was lost', () => {
    expect(sendFailure(new Error('Could not establish connection. Receiving end does not exist.'))).toBe('unsent');
    expect(sendFailure(Object.assign(new Error('x'), { name: 'DataCloneError' }))).toBe('unsent');
    expect(sendFailure(new Error('The message port closed before a response was received.'))).toBe('unanswered');
    expect(sendFailure('anything else')).toBe('unanswered');
  });

  it('is what sendMessage reports when nothing listens', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendMessage('save-clipping', { draft: {} as ClippingDraft })).resolves.toMatchObject({ ok: false, error: 'unsent' });
    vi.restoreAllMocks();
  });
});

describe('StoreError', () => {
  it('carries the field it is about, and whether its words are for the reader, into the reply', () => {
    expect(failureOf(invalidField('tags'))).toEqual({ ok: false, error: 'invalid', message: 'invalid clipping field: tags', field: 'tags' });
    expect(failureOf(invalidForReader('The file is not complete JSON.'))).toEqual({ ok: false, error: 'invalid', message: 'The file is not complete JSON.', forReader: true });
    expect(failureOf(new StoreError('quota', 'disk full'))).toEqual({ ok: false, error: 'quota', message: 'disk full' });
  });
});

describe('events', () => {
  afterEach(() => fakeBrowser.reset());

  it('delivers a typed event to the pages that listen for its type only', async () => {
    const heard: unknown[] = [];
    const stop = onEvent('library-progress', (event) => heard.push(event));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'save-clipping', draft: {} }, {}, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'library-progress', task: 'import', done: 2, total: 5 }, {}, () => undefined);
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'library-progress', task: 'import', done: 3, total: 5 }, {}, () => undefined);
    expect(heard).toEqual([{ type: 'library-progress', task: 'import', done: 2, total: 5 }]);
  });

  it('sends an event without failing when no page listens', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendEvent('library-progress', { task: 'import', done: 0, total: 1 })).resolves.toBeUndefined();
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'library-progress', task: 'import', done: 0, total: 1 });
    vi.restoreAllMocks();
  });
});
