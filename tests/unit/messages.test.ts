import { describe, expect, it } from 'vitest';
import { StoreError } from '../../utils/clippings/errors';
import { createMessageListener } from '../../utils/messages';

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
