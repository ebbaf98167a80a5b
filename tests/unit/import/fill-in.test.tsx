import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SavedBanner } from '../../../components/SavedBanner';
import { ClippingsDb } from '../../../utils/clippings/db';
import { markHandlers } from '../../../utils/clippings/handlers';
import { saveClipping } from '../../../utils/clippings/store';
import { createMessageListener } from '../../../utils/messages';
import { makeDraft } from '../clippings/helpers';
import { mount, stubI18n, unmount } from '../ui-helpers';

// The popup on a page the library holds as a link only (imported from Pocket or Instapaper): after the
// article paints, the page's text is saved into that clipping, which keeps its tags, state and date.
let db: ClippingsDb;
let host: HTMLElement | null = null;
beforeEach(() => {
  stubI18n();
  db = new ClippingsDb(`fill-${Math.random()}`);
  const listener = createMessageListener({ ...markHandlers(db), 'save-clipping': ({ draft }) => saveClipping(db, draft) });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: unknown) => listener(message, {})) as never);
});
afterEach(async () => {
  if (host) unmount(host);
  host = null;
  vi.restoreAllMocks();
  await db.delete();
});

const URL = 'https://news.example/harbour';
const page = makeDraft({ url: URL, canonicalUrl: URL, title: 'Harbour', html: '<p>The full text.</p>', text: 'The full text.' });

async function linkOnly(): Promise<number> {
  const { id } = await saveClipping(db, makeDraft({ url: URL, canonicalUrl: URL, html: '', text: '' }), 1000);
  await db.clippings.update(id, { linkOnly: true, tags: ['harbour'], state: 'archived', source: 'pocket', note: 'From Pocket' });
  return id;
}

async function banner(fillIn?: () => typeof page): Promise<HTMLElement> {
  host = mount(<SavedBanner url={URL} fillIn={fillIn} />);
  await act(async () => {
    for (let i = 0; i < 30 && !host!.querySelector('.cr-saved-banner'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return host;
}

describe('filling in a link-only clipping from the popup', () => {
  it('saves the page into it, keeping tags, note, state, date and source, and says so', async () => {
    const id = await linkOnly();
    const el = await banner(() => page);
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(/^Saved: the text is now in your library/);
    expect(await db.clippings.get(id)).toMatchObject({ html: '<p>The full text.</p>', text: 'The full text.', linkOnly: false, tags: ['harbour'],
      note: 'From Pocket', state: 'archived', source: 'pocket', savedAt: 1000 });
    expect(await db.clippings.count()).toBe(1);
  });

  it('a page saved with its text is not saved again', async () => {
    const { id } = await saveClipping(db, page, 1000);
    const before = await db.clippings.get(id);
    const el = await banner(() => ({ ...page, html: '<p>Changed</p>' }));
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(/^Saved/);
    expect(await db.clippings.get(id)).toEqual(before);
  });
});
