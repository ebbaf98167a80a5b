// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb, SORT_KEYS_FROM } from '../../../utils/clippings/db';
import { libraryFacets } from '../../../utils/clippings/facets';
import { forgetOrders, nextBatch, orderedIds, pairsWindow, queryLibrary, type SortField } from '../../../utils/clippings/query';
import { deleteClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import { makeDraft } from './helpers';

let db: ClippingsDb;
beforeEach(async () => {
  db = new ClippingsDb(`query-${Math.random()}`);
  const pages = [
    { title: 'Pakistan and China strengthen digital cooperation', siteName: 'Profit', text: 'Focus on 5G, AI and data centres in Pakistan.', publishedTime: '2025-01-14T00:00:00Z' },
    { title: 'Markets rally', siteName: 'Wire', text: 'Stocks rose as data from the centres of trade came in.', publishedTime: null },
    { title: 'Économie numérique', siteName: null, text: 'Les centres de données se multiplient.', publishedTime: '2024-05-01T00:00:00Z' },
    { title: 'Apple harvest', siteName: 'Farm News', text: 'The apple crop was large this year.', publishedTime: '2023-09-01T00:00:00Z' },
  ];
  let now = 1000;
  for (const [i, p] of pages.entries()) {
    const url = `https://example.test/${i}`;
    await saveClipping(db, makeDraft({ ...p, url, canonicalUrl: url, html: `<p>${p.text}</p>`, excerpt: p.text }), (now += 1000));
  }
  await saveClipping(db, makeDraft({ kind: 'selection', url: 'https://example.test/0', canonicalUrl: 'https://example.test/0', title: 'Pakistan and China strengthen digital cooperation', text: 'data centres in Pakistan', siteName: 'Profit' }), (now += 1000));
});
afterEach(() => db.delete());

const titles = async (q: Parameters<typeof queryLibrary>[1]) => (await queryLibrary(db, q)).items.map((c) => c.title);

describe('queryLibrary', () => {
  it('lists newest first by default, counted from the sort-key rows with the page (none while they are filled), the total when filtered', async () => {
    const page = await queryLibrary(db, { limit: 2 });
    expect(page.total).toBe(5);
    expect((await queryLibrary(db, { limit: 2, offset: 4 })).total).toBe(5);
    expect((await queryLibrary(db, { limit: 2, kind: 'article' })).total).toBe(4);
    expect((await queryLibrary(db, { limit: 2, sort: 'title' })).total).toBe(5);
    expect(page.items.map((c) => c.kind)).toEqual(['selection', 'article']);
    expect(page.items[1]!.title).toBe('Apple harvest');
    await deleteClippings(db, [page.items[0]!.id]);
    expect((await queryLibrary(db, { limit: 2 })).total).toBe(4);
    // An upgrade's mark (the rows being filled: SORT_KEYS_FROM), set in the upgrade before anything is read.
    await db.meta.put({ name: SORT_KEYS_FROM, value: 0 });
    forgetOrders(db);
    expect((await queryLibrary(db, { limit: 2 })).total).toBeNull();
  });

  it('sorts by title, site and published date, the clippings without one last', async () => {
    expect((await titles({ sort: 'title', kind: 'article' }))[0]).toBe('Apple harvest');
    expect((await titles({ sort: 'publishedTime', kind: 'article' }))).toEqual([
      'Pakistan and China strengthen digital cooperation', 'Économie numérique', 'Apple harvest', 'Markets rally']);
    expect((await titles({ sort: 'siteName', kind: 'article' })).at(-1)).toBe('Économie numérique');
  });

  it('finds words in titles and texts, accents and case folded, and a word being typed', async () => {
    expect(await titles({ search: 'ECONOMIE ' })).toEqual(['Économie numérique']);
    expect((await titles({ search: 'centres ' })).length).toBe(4);
    expect(await titles({ search: 'harv' })).toEqual(['Apple harvest']);
    expect(await titles({ search: 'zebra ' })).toEqual([]);
  });

  it('checks a phrase in every candidate, batch after batch, in the order asked for', async () => {
    for (let i = 0; i < 250; i++) {
      const url = `https://many.test/${i}`;
      const text = i % 3 === 0 ? 'the river wombat swims' : 'the wombat by the river';
      await saveClipping(db, makeDraft({ url, canonicalUrl: url, title: `Wombat ${i}`, text, html: `<p>${text}</p>` }), 10_000 + i);
    }
    await orderedIds(db, 'savedAt', true);
    const hits = Array.from({ length: 84 }, (_, k) => `Wombat ${249 - 3 * k}`);
    const all = await queryLibrary(db, { search: '"river wombat"', limit: 200 });
    expect([all.total, all.count]).toEqual([84, undefined]);
    expect(all.items.map((c) => c.title)).toEqual(hits);
    // A page that fills before the last candidate is shown first, and counted when asked.
    const third = await queryLibrary(db, { search: '"river wombat"', offset: 20, limit: 10 });
    expect(third.items.map((c) => c.title)).toEqual(hits.slice(20, 30));
    expect(third.total).toBeNull();
    expect(await third.count!(() => false)).toBe(84);
    // A count whose search is no longer shown stops reading: it leaves the candidates past its page unchecked.
    const gone = await queryLibrary(db, { search: '"river wombat"', offset: 20, limit: 10 });
    expect(await gone.count!(() => true)).toBeLessThan(84);
    // 250 saves, each looking its page up under its address's editions (url-variants): seconds in fake-indexeddb under load.
  }, 20_000);

  it('sizes the next read of phrase candidates by the share that held the phrase so far', () => {
    // Half of 50 held it: 25 more wanted, ~50 expected to hold them, and half as many again.
    expect(nextBatch(25, 25, 50)).toBe(75);
    // Nearly all held it: a few more, never fewer than 10.
    expect(nextBatch(1, 49, 50)).toBe(10);
    // One in ten: many more.
    expect(nextBatch(20, 5, 50)).toBe(300);
    // None yet: twice as many as checked, from 100 up to 400.
    expect([nextBatch(25, 0, 50), nextBatch(25, 0, 150), nextBatch(25, 0, 350)]).toEqual([100, 300, 400]);
  });

  it('sizes a read of word pairs by the share of all candidates that held the phrase so far', () => {
    // 13 of the first 50 held it: 12 more wanted, ~46 candidates expected to hold them, and half as many again.
    expect(pairsWindow(12, 13, 50)).toBe(70);
    // Nearly enough: never fewer than 50 (a search row costs less than half a record, a request more).
    expect(pairsWindow(2, 23, 50)).toBe(50);
    // None yet: 200, then as many as scanned so far (each window twice as long as all before it).
    expect([pairsWindow(25, 0, 50), pairsWindow(25, 0, 250), pairsWindow(25, 0, 500)]).toEqual([200, 250, 500]);
  });

  it('finds a phrase only where its words follow each other', async () => {
    expect((await titles({ search: '"data centres"' })).sort()).toEqual(['Pakistan and China strengthen digital cooperation', 'Pakistan and China strengthen digital cooperation']);
    expect(await titles({ search: '"centres data"' })).toEqual([]);
  });

  it('filters by tag, site and kind, combined with search', async () => {
    const [first] = (await queryLibrary(db, { search: 'apple ' })).items;
    await updateClipping(db, first!.id, { tags: ['fruit', 'Fruit', ' farm  life '] });
    expect(await titles({ tag: 'fruit' })).toEqual(['Apple harvest']);
    expect(await titles({ tag: 'farm life', search: 'crop ' })).toEqual(['Apple harvest']);
    expect(await titles({ site: 'Wire' })).toEqual(['Markets rally']);
    expect((await queryLibrary(db, { kind: 'selection' })).total).toBe(1);
    expect(await libraryFacets(db)).toEqual({ tags: ['farm life', 'fruit'], sites: ['Farm News', 'Profit', 'Wire'], count: 5 });
  });

  it('lists each tag and site once however many clippings share it, tags that begin alike included', async () => {
    const ids = (await queryLibrary(db, { sort: 'title' })).items.map((c) => c.id);
    const tagSets = [['a', 'a b', 'ab'], ['a', 'ab', 'a\u0000z'], ['B', 'a'], ['a b'], ['ab', 'B']];
    for (const [i, id] of ids.entries()) await updateClipping(db, id, { tags: tagSets[i]! });
    const facets = await libraryFacets(db);
    expect(facets.tags.sort()).toEqual(['B', 'a', 'a b', 'a\u0000z', 'ab'].sort());
    expect(facets.sites).toEqual(['Farm News', 'Profit', 'Wire']);
    expect(facets.count).toBe(5);
    forgetOrders(db);
    await deleteClippings(db, [ids[0]!]);
    expect((await libraryFacets(db)).count).toBe(4);
  });

  it('searches notes and tags once edited, and forgets deleted clippings', async () => {
    const [first] = (await queryLibrary(db, { search: 'rally ' })).items;
    await updateClipping(db, first!.id, { note: 'remember the quarterly numbers' });
    expect(await titles({ search: 'quarterly ' })).toEqual(['Markets rally']);
    const deleted = await deleteClippings(db, [first!.id]);
    expect(deleted.map((c) => c.title)).toEqual(['Markets rally']);
    expect(await titles({ search: 'quarterly ' })).toEqual([]);
    expect(await db.search.get(first!.id)).toBeUndefined();
  });

  it('sees clippings saved after an order was cached', async () => {
    expect((await queryLibrary(db, { sort: 'title' })).total).toBe(5);
    await saveClipping(db, makeDraft({ url: 'https://example.test/new', canonicalUrl: 'https://example.test/new', title: 'AAA first' }));
    expect((await titles({ sort: 'title' }))[0]).toBe('AAA first');
    expect((await titles({ sort: 'savedAt', kind: 'article' }))[0]).toBe('AAA first');
  });

  it('a few matches sorted in memory come in the order the cached order of the library gives', async () => {
    const filters = [{ kind: 'article' as const }, { search: 'centres' }, { site: 'Profit' }];
    for (const sort of ['savedAt', 'publishedTime', 'title', 'siteName', 'updatedAt'] as SortField[]) {
      for (const desc of [false, true]) {
        for (const filter of filters) {
          forgetOrders(db);
          const inMemory = (await queryLibrary(db, { ...filter, sort, desc })).items.map((c) => c.id);
          await orderedIds(db, sort, desc);
          expect((await queryLibrary(db, { ...filter, sort, desc })).items.map((c) => c.id), `${sort} ${desc} ${JSON.stringify(filter)}`).toEqual(inMemory);
          expect(inMemory.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('pages through results', async () => {
    const all = await titles({ sort: 'title' });
    expect([...(await titles({ sort: 'title', offset: 0, limit: 3 })), ...(await titles({ sort: 'title', offset: 3, limit: 3 }))]).toEqual(all);
  });
});

describe('the orders kept between queries', () => {
  it('are read again after a write to the clippings, not after one to the search index alone (the word pairs\' fill)', async () => {
    const kept = orderedIds(db, 'savedAt', true);
    await kept;
    await db.transaction('rw', db.search, async () => {
      const row = (await db.search.toCollection().first())!;
      await db.search.put({ ...row, words: [...row.words] });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(orderedIds(db, 'savedAt', true)).toBe(kept);
    await updateClipping(db, (await kept)[0]!, { note: 'changed' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(orderedIds(db, 'savedAt', true)).not.toBe(kept);
  });
});
