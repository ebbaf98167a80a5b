/**
 * A clipping imported with its link only (no text) opened from the library: the reader says there is no text yet
 * and links to the page, where a click on the toolbar button fills it in. It showed an empty article, "0 min read".
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reader } from '@/entrypoints/reader/Reader';
import { ClippingsDb } from '@/utils/clippings/db';
import { clippingsDb } from '@/utils/browser/library-mark';
import { componentTests } from '../../ui-helpers';
import { makeClipping, makeHighlight } from '../../clippings/helpers';

const { mount } = componentTests();
let db: ClippingsDb;
beforeEach(() => void (db = new ClippingsDb()));
afterEach(() => db.delete());

async function openReader(id: number) {
  const host = mount(<Reader search={`?clip=${id}`} />);
  await vi.waitFor(() => expect(host.querySelector('[role="status"].reader-loading')).toBeNull());
  await act(async () => undefined);
  return host;
}

describe('the reader on a saved clipping', () => {
  it('offers the page of a link-only clipping instead of an empty article', async () => {
    const id = await db.clippings.add(makeClipping(7, { title: 'Rivers of the north', url: 'https://news.test/rivers', html: '', text: '', wordCount: 0, linkOnly: true, source: 'pocket' }) as never);
    const host = await openReader(Number(id));
    expect(host.querySelector('h1')!.textContent).toBe('Rivers of the north');
    expect(host.textContent).toContain('Only the link to this article is in your library');
    const open = host.querySelector<HTMLAnchorElement>('a.cr-button')!;
    expect([open.textContent, open.getAttribute('href')]).toEqual(['Open the page', 'https://news.test/rivers']);
    expect(host.querySelector('.reader-body')).toBeNull();
  });

  it('lists the highlights imported with the link, as text, until the text is added and they can be placed', async () => {
    const highlights = [makeHighlight({ id: 'h1', quote: { type: 'TextQuoteSelector', exact: 'The river rose at dawn.', prefix: '', suffix: '' }, note: 'Check the <b>gauge</b>' })];
    const id = await db.clippings.add(makeClipping(8, { url: 'https://news.test/r', html: '', text: '', wordCount: 0, linkOnly: true, source: 'pocket', highlights, highlightCount: 1 }) as never);
    const host = await openReader(Number(id));
    const list = host.querySelector('section[aria-labelledby="cr-link-only-marks"]')!;
    expect(list.querySelector('h2')!.textContent).toBe('Your highlights, placed in the text once it is added');
    // as the Highlights panel lists them: the colour named for screen readers, the quote, the note
    expect([...list.querySelectorAll('li')].map((li) => [li.querySelector('.cr-visually-hidden')?.textContent, li.querySelector('blockquote')!.textContent, li.querySelector('.cr-mark-note')!.textContent])).toEqual([
      ['Yellow highlight', 'The river rose at dawn.', 'Check the <b>gauge</b>'],
    ]);
    expect(list.querySelector('b')).toBeNull();
  });

  it('still says a deleted clipping is no longer here, with the way back to the library (there was none)', async () => {
    const host = await openReader(99);
    expect(host.querySelector('h1')!.textContent).toBe('This article is no longer here');
    expect([...host.querySelectorAll('a.cr-button')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Go to your library', '/library.html']]);
  });

  it('says a clipping whose stored text is not text cannot be shown, with the way back; a database that fails to read too (it said "Loading…" for ever)', async () => {
    const id = await db.clippings.add(makeClipping(9, { title: 'Broken', html: 42 as unknown as string }) as never);
    const damaged = await openReader(Number(id));
    expect(damaged.querySelector('[role="alert"] h1')!.textContent).toBe("This clipping can't be shown");
    expect(damaged.querySelector('.reader-body')).toBeNull();
    expect(damaged.querySelector<HTMLAnchorElement>('a.cr-button')!.getAttribute('href')).toBe('/library.html');
    // Dexie's Table.prototype: each database makes its own table class on it
    const read = vi.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(clippingsDb().clippings)) as { get: () => Promise<unknown> }, 'get').mockRejectedValueOnce(new Error('UnknownError: the database is gone'));
    const failed = await openReader(1);
    read.mockRestore();
    expect(failed.querySelector('[role="alert"] h1')!.textContent).toBe("This clipping can't be shown");
  });

  it('offers the library beside a link-only clipping\'s page', async () => {
    const id = await db.clippings.add(makeClipping(10, { url: 'https://news.test/weirs', html: '', text: '', wordCount: 0, linkOnly: true, source: 'pocket' }) as never);
    const host = await openReader(Number(id));
    expect([...host.querySelectorAll('a.cr-button')].map((a) => a.textContent)).toEqual(['Open the page', 'Go to your library']);
  });
});
