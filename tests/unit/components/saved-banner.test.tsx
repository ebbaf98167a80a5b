import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { OpenSavedButton, SavedBanner } from '../../../components/SavedBanner';
import { useSavedClipping } from '../../../components/use-saved-clipping';
import type { ClippingsDb } from '../../../utils/clippings/db';
import { saveProgress, setState } from '../../../utils/clippings/marks';
import { saveClipping } from '../../../utils/clippings/store';
import type { ClippingDraft } from '../../../utils/clippings/types';
import { makeDraft } from '../clippings/helpers';
import { markBackgroundTests } from '../ui-helpers';

const { mount, db: currentDb } = markBackgroundTests();
let db: ClippingsDb;
beforeEach(() => void (db = currentDb()));

/** The popup's parts for a saved page, wired as the popup wires them. */
function SavedPage({ url, fillIn }: { url: string; fillIn?: (() => ClippingDraft) | undefined }) {
  const saved = useSavedClipping(url, url, fillIn);
  return saved && (
    <>
      <OpenSavedButton found={saved.found} />
      <SavedBanner saved={saved} />
    </>
  );
}

async function banner(url: string, fillIn?: () => ClippingDraft): Promise<HTMLElement> {
  const host = mount(<SavedPage url={url} fillIn={fillIn} />);
  // Each wait in its own act, which renders what came meanwhile: inside one act, nothing rendered until all 20 had passed.
  for (let i = 0; i < 20 && !host.querySelector('.cr-saved-banner'); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  return host;
}

describe('a saved page: SavedBanner and OpenSavedButton', () => {
  it('says how far the saved page was read, and Continue opens the reader at the clipping', async () => {
    const { id } = await saveClipping(db, makeDraft({ canonicalUrl: 'https://news.example/long-read' }));
    await saveProgress(db, { clippingId: id, progress: { fraction: 0.404, anchor: null, updatedAt: 1 } });
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const el = await banner('https://news.example/long-read?utm_source=feed');
    expect(el.querySelector('.cr-saved-banner')!.textContent).toBe('Saved · 40 % read');
    expect(el.querySelector('button')!.textContent).toBe('Continue');
    await act(async () => el.querySelector('button')!.click());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`/reader\\.html\\?clip=${id}$`)) });
    expect(close).toHaveBeenCalled();
  });

  it('says finished or archived with an Open button', async () => {
    const { id } = await saveClipping(db, makeDraft({ canonicalUrl: 'https://news.example/done' }));
    await setState(db, { ids: [id], state: 'archived' });
    const el = await banner('https://news.example/done');
    expect(el.querySelector('.cr-saved-banner')!.textContent).toBe('Saved · archived');
    expect(el.querySelector('button')!.textContent).toBe('Open');
  });

  it('shows nothing on a page not in the library', async () => {
    const el = await banner('https://news.example/never-saved');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.innerHTML).toBe('');
  });
});

// A page the library holds as a link only (imported from Pocket or Instapaper): after the article paints,
// the page's text is saved into that clipping, which keeps its tags, note, state, date and source.
describe('useSavedClipping on a link-only clipping', () => {
  const URL = 'https://news.example/harbour';
  const page = makeDraft({ url: URL, canonicalUrl: URL, title: 'Harbour', html: '<p>The full text.</p>', text: 'The full text.' });

  it('saves the page into it, keeping tags, note, state, date and source, and says so', async () => {
    const { id } = await saveClipping(db, makeDraft({ url: URL, canonicalUrl: URL, html: '', text: '' }), 1000);
    await db.clippings.update(id, { linkOnly: true, tags: ['harbour'], state: 'archived', source: 'pocket', note: 'From Pocket' });
    const el = await banner(URL, () => page);
    expect(el.querySelector('.cr-saved-banner')!.textContent).toMatch(/^Saved: the text is now in your library/);
    expect(await db.clippings.get(id)).toMatchObject({ html: '<p>The full text.</p>', text: 'The full text.', linkOnly: false, tags: ['harbour'],
      note: 'From Pocket', state: 'archived', source: 'pocket', savedAt: 1000 });
    expect(await db.clippings.count()).toBe(1);
  });

  it('a page saved with its text is not saved again', async () => {
    const { id } = await saveClipping(db, page, 1000);
    const before = await db.clippings.get(id);
    const el = await banner(URL, () => ({ ...page, html: '<p>Changed</p>' }));
    expect(el.querySelector('.cr-saved-banner')!.textContent).toMatch(/^Saved/);
    expect(await db.clippings.get(id)).toEqual(before);
  });
});
