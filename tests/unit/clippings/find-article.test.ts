// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../../utils/clippings/db';
import { findClipping } from '../../../utils/clippings/marks';
import { importClippings, pickArticle, saveClipping } from '../../../utils/clippings/store';
import type { Clipping } from '../../../utils/clippings/types';
import { normaliseUrl } from '../../../utils/clippings/url-key';
import { makeClipping, makeDraft, makeHighlight } from './helpers';

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`find-article-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = Date.UTC(2026, 0, 1);

/** A link another app kept (no text), under the address it kept. */
function link(id: number, url: string, overrides: Partial<Clipping> = {}): Clipping {
  return makeClipping(id, {
    url, canonicalUrl: url, key: normaliseUrl(url), html: '', text: '', linkOnly: true, source: 'pocket', state: 'archived',
    tags: ['rivers'], savedAt: 1_500_000_000_000 + id, highlights: [makeHighlight()], highlightCount: 1, ...overrides,
  });
}

/** The page as the popup reads it: its own address and the canonical URL it names. */
const page = (url: string, canonicalUrl = url) => makeDraft({ url, canonicalUrl, title: 'Rivers', html: '<p>The river rose.</p>', text: 'The river rose.' });

describe('a page finds the link another app kept under another edition of its address', () => {
  it('fills in a link kept as http://m.…/amp when the page is https://www… : one clipping, its tags, state, date and highlights kept', async () => {
    const kept = link(1, 'http://m.gazette.example/2019/rivers/amp?utm_source=pocket');
    await importClippings(db, [kept]);
    const visit = page('https://www.gazette.example/2019/rivers?utm_medium=social', 'https://www.gazette.example/2019/rivers');
    await expect(findClipping(db, visit.url, visit.canonicalUrl)).resolves.toMatchObject({ id: 1, linkOnly: true });
    await expect(saveClipping(db, visit, NOW)).resolves.toEqual({ id: 1, updated: true });
    expect(await db.clippings.count()).toBe(1);
    expect(await db.clippings.get(1)).toMatchObject({
      key: kept.key, url: visit.url, canonicalUrl: visit.canonicalUrl, text: 'The river rose.', linkOnly: false,
      tags: ['rivers'], state: 'archived', savedAt: kept.savedAt, highlights: kept.highlights, source: 'pocket',
    });
    await expect(findClipping(db, visit.url, visit.canonicalUrl)).resolves.toMatchObject({ id: 1, linkOnly: false });
  });

  it('keeps the words the other app kept with the link (Instapaper\'s Selection) as its excerpt when the page fills it in', async () => {
    const selection = 'The river rose two metres overnight,\nand the town woke to water in the square.';
    await importClippings(db, [link(1, 'https://gazette.example/2019/rivers', { source: 'instapaper', excerpt: selection }), link(2, 'https://gazette.example/2019/lakes', { excerpt: '' })]);
    await saveClipping(db, { ...page('https://gazette.example/2019/rivers'), excerpt: 'The page\'s own summary.' }, NOW);
    await saveClipping(db, { ...page('https://gazette.example/2019/lakes'), excerpt: 'The lakes\' own summary.' }, NOW);
    expect(await db.clippings.get(1)).toMatchObject({ excerpt: selection, linkOnly: false, text: 'The river rose.' });
    expect(await db.clippings.get(2)).toMatchObject({ excerpt: 'The lakes\' own summary.', linkOnly: false });
  });

  it('by the canonical URL when the address is another one, and by the address when the canonical URL is', async () => {
    await importClippings(db, [link(1, 'http://gazette.example/2019/rivers'), link(2, 'http://m.gazette.example/print/lakes')]);
    await expect(findClipping(db, 'https://gazette.example/share/8812', 'https://gazette.example/2019/rivers')).resolves.toMatchObject({ id: 1 });
    await expect(findClipping(db, 'https://gazette.example/print/lakes', 'https://gazette.example/2021/lakes')).resolves.toMatchObject({ id: 2 });
  });

  it('never finds another article: a query that selects one stays', async () => {
    await importClippings(db, [link(1, 'http://blog.example/?p=45'), link(2, 'http://m.blog.example/item?id=123')]);
    await expect(findClipping(db, 'https://blog.example/?p=46')).resolves.toBeNull();
    await expect(findClipping(db, 'https://blog.example/')).resolves.toBeNull();
    await expect(findClipping(db, 'https://blog.example/item?id=124')).resolves.toBeNull();
    await expect(findClipping(db, 'https://blog.example/item?id=123&amp=1')).resolves.toMatchObject({ id: 2 });
  });

  it('with two links of the page, fills in the one saved first and leaves the other as it was', async () => {
    const later = link(1, 'http://gazette.example/2019/rivers', { savedAt: 2000 });
    const first = link(2, 'https://m.gazette.example/2019/rivers', { savedAt: 1000 });
    await importClippings(db, [later, first]);
    await expect(saveClipping(db, page('https://gazette.example/2019/rivers/amp', 'https://www.gazette.example/2019/rivers'), NOW)).resolves.toEqual({ id: 2, updated: true });
    expect(await db.clippings.get(1)).toEqual({ ...later, editionKey: '//gazette.example/2019/rivers' });
    expect(await db.clippings.get(2)).toMatchObject({ linkOnly: false, savedAt: 1000 });
  });

  it('a page saved before under another edition is saved again there, not beside it', async () => {
    const article = makeClipping(1, { url: 'http://gazette.example/2019/rivers', key: 'http://gazette.example/2019/rivers', savedAt: 3000 });
    await importClippings(db, [article, link(2, 'https://m.gazette.example/2019/rivers', { savedAt: 1000 })]);
    await expect(saveClipping(db, page('https://gazette.example/2019/rivers'), NOW)).resolves.toEqual({ id: 1, updated: true });
    expect(await db.clippings.get(2)).toMatchObject({ linkOnly: true });
  });
});

describe('the edition-free key a clipping is stored with', () => {
  it('is computed by the database on every write, never taken from the row given (a backup, a peer)', async () => {
    await db.clippings.bulkPut([link(1, 'http://m.gazette.example/2019/rivers', { editionKey: '//gazette.example/2019/lakes' }), link(2, 'https://gazette.example/2019/lakes', { excerpt: '' })]);
    await db.clippings.update(2, { title: 'Lakes', editionKey: 'forged' } as Partial<Clipping>);
    expect((await db.clippings.toArray()).map((c) => c.editionKey)).toEqual(['//gazette.example/2019/rivers', '//gazette.example/2019/lakes']);
    await expect(findClipping(db, 'https://gazette.example/2019/rivers')).resolves.toMatchObject({ id: 1 });
  });

  it('a selection of the page has none: a save of the whole page never fills in or replaces it', async () => {
    const url = 'https://gazette.example/2019/rivers';
    await importClippings(db, [makeClipping(1, { kind: 'selection', url, canonicalUrl: url, key: `${url}#selection:The river rose.`, text: 'The river rose.' })]);
    expect(await db.clippings.get(1)).not.toHaveProperty('editionKey');
    await expect(findClipping(db, url)).resolves.toBeNull();
    await expect(saveClipping(db, page(url), NOW)).resolves.toEqual({ id: 2, updated: false });
    expect(await db.clippings.get(1)).toMatchObject({ kind: 'selection', text: 'The river rose.' });
  });
});

describe('pickArticle: which of the clippings a page matches it is', () => {
  const canonical = 'https://gazette.example/2019/rivers';
  const address = 'https://gazette.example/amp/2019/rivers';
  const exact = [canonical, address];
  const linkByCanonical = link(6, canonical, { savedAt: 9000 });
  const linkByAddress = link(5, address, { savedAt: 8000 });
  const articleByAddress = makeClipping(4, { key: address, savedAt: 7500 });
  const article = makeClipping(3, { key: 'http://gazette.example/2019/rivers', savedAt: 7000 });
  const firstLink = link(2, 'http://m.gazette.example/2019/rivers', { savedAt: 1000 });
  const sameTime = link(1, 'https://www.gazette.example/2019/rivers', { savedAt: 1000 });

  it.each([
    ['an article before a link, the exact key first', [firstLink, linkByCanonical, article, articleByAddress], 4],
    ['an article under another edition before a link under the exact key', [firstLink, linkByCanonical, article], 3],
    ['of links, the canonical URL’s key first', [firstLink, linkByAddress, linkByCanonical], 6],
    ['then the address’s', [firstLink, linkByAddress], 5],
    ['then the link saved first, the lower id on a tie', [firstLink, sameTime], 1],
    ['none', [], undefined],
  ])('%s', (_, found, id) => {
    expect(pickArticle(found, exact)?.id).toBe(id);
  });
});
