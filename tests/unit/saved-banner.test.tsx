import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SavedBanner } from '../../components/SavedBanner';
import { ClippingsDb } from '../../utils/clippings/db';
import { markHandlers } from '../../utils/clippings/handlers';
import { saveProgress, setState } from '../../utils/clippings/marks';
import { saveClipping } from '../../utils/clippings/store';
import { createMessageListener } from '../../utils/messages';
import { makeDraft } from './clippings/helpers';
import { mount, stubI18n, unmount } from './ui-helpers';

let db: ClippingsDb;
let host: HTMLElement | null = null;
beforeEach(() => {
  stubI18n();
  db = new ClippingsDb(`banner-${Math.random()}`);
  // The popup's messages reach the background's real handlers, on a real (fake-indexeddb) database.
  const listener = createMessageListener(markHandlers(db));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: unknown) => listener(message, {})) as never);
});
afterEach(async () => {
  if (host) unmount(host);
  host = null;
  vi.restoreAllMocks();
  await db.delete();
});

async function banner(url: string): Promise<HTMLElement> {
  host = mount(<SavedBanner url={url} />);
  await act(async () => {
    for (let i = 0; i < 20 && !host!.querySelector('.cr-saved-banner'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return host;
}

describe('SavedBanner', () => {
  it('says how far the saved page was read, and Continue opens the reader at the clipping', async () => {
    const { id } = await saveClipping(db, makeDraft({ canonicalUrl: 'https://news.example/long-read' }));
    await saveProgress(db, { clippingId: id, progress: { fraction: 0.404, anchor: null, updatedAt: 1 } });
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const el = await banner('https://news.example/long-read?utm_source=feed');
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Saved · 40 % readContinue');
    await act(async () => el.querySelector('button')!.click());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`/reader\\.html\\?clip=${id}$`)) });
    expect(close).toHaveBeenCalled();
  });

  it('says finished or archived with an Open button', async () => {
    const { id } = await saveClipping(db, makeDraft({ canonicalUrl: 'https://news.example/done' }));
    await setState(db, { ids: [id], state: 'archived' });
    const el = await banner('https://news.example/done');
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Saved · archivedOpen');
  });

  it('shows nothing on a page not in the library', async () => {
    const el = await banner('https://news.example/never-saved');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.innerHTML).toBe('');
  });
});
