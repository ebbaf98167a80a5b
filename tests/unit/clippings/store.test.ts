// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../../utils/clippings/db';
import { StoreError } from '../../../utils/clippings/errors';
import { deleteClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import { ERROR_TEXT } from '../../../utils/failure-text';
import type { ClippingDraft } from '../../../utils/clippings/types';

export function draft(overrides: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    kind: 'article',
    url: 'https://news.example/a?utm_source=x',
    canonicalUrl: 'https://news.example/a',
    title: 'Title',
    byline: 'A. Writer',
    siteName: 'News',
    publishedTime: '2025-01-14T13:25:11.000Z',
    lang: 'en',
    dir: 'ltr',
    html: '<p>Body</p>',
    text: 'Body',
    excerpt: 'Body',
    wordCount: 1,
    textFragmentUrl: null,
    ...overrides,
  };
}

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveClipping', () => {
  it('stores every field of a new clipping', async () => {
    const outcome = await saveClipping(db, draft(), 1000);
    expect(outcome.updated).toBe(false);
    const stored = await db.clippings.get(outcome.id);
    expect(stored).toMatchObject({ ...draft(), savedAt: 1000, tags: [], note: '', key: 'https://news.example/a' });
  });

  it('updates the clipping with the same canonical URL instead of adding a twin, keeping tags and note', async () => {
    const first = await saveClipping(db, draft(), 1000);
    await db.clippings.update(first.id, { tags: ['kept'], note: 'mine' });
    const second = await saveClipping(db, draft({ canonicalUrl: 'https://NEWS.example/a/#top', title: 'New title' }), 2000);
    expect(second).toEqual({ id: first.id, updated: true });
    expect(await db.clippings.count()).toBe(1);
    expect(await db.clippings.get(first.id)).toMatchObject({ title: 'New title', savedAt: 2000, tags: ['kept'], note: 'mine' });
  });

  it('keeps 100 concurrent saves of different pages as 100 clippings', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => saveClipping(db, draft({ canonicalUrl: `https://news.example/${i}` }))),
    );
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(100);
    expect(await db.clippings.count()).toBe(100);
  });

  it('never duplicates under concurrent saves of the same page', async () => {
    await Promise.all(Array.from({ length: 20 }, () => saveClipping(db, draft())));
    expect(await db.clippings.count()).toBe(1);
  });

  it('keeps several selections of one page apart', async () => {
    await saveClipping(db, draft({ kind: 'selection', text: 'first passage' }));
    await saveClipping(db, draft({ kind: 'selection', text: 'second passage' }));
    await saveClipping(db, draft({ kind: 'selection', text: 'first  passage' }));
    expect(await db.clippings.count()).toBe(2);
  });

  it('refuses malformed drafts with an invalid error naming the field, storing nothing', async () => {
    await expect(saveClipping(db, { ...draft(), title: 42 })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('title') });
    await expect(saveClipping(db, draft({ url: 'javascript:alert(1)' }))).rejects.toBeInstanceOf(StoreError);
    await expect(saveClipping(db, null)).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('an edit of a clipping deleted meanwhile (another tab, another device) says so by its own code, with words for it', async () => {
    const { id } = await saveClipping(db, draft());
    await deleteClippings(db, [id]);
    await expect(updateClipping(db, id, { tags: ['kept'] })).rejects.toMatchObject({ code: 'missing', forReader: false });
    expect(ERROR_TEXT.missing).toBe('errorMissing');
    expect(await db.clippings.count()).toBe(0);
  });

  it('drops fields the schema does not know', async () => {
    const { id } = await saveClipping(db, { ...draft(), type: 'save-clipping', evil: '<script>' });
    expect(Object.keys((await db.clippings.get(id))!)).not.toContain('evil');
  });

  it('reports a full disk as quota and keeps what was stored before', async () => {
    await saveClipping(db, draft());
    const add = db.clippings.add.bind(db.clippings);
    db.clippings.add = () => Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })) as never;
    await expect(saveClipping(db, draft({ url: 'https://news.example/b', canonicalUrl: 'https://news.example/b' }))).rejects.toMatchObject({ code: 'quota' });
    db.clippings.add = add;
    expect(await db.clippings.count()).toBe(1);
  });
});
