// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { clippingIndex, clippingPairs, ClippingsDb, indexMany, indexOne, WORD_PAIRS_FROM, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SORT_KEYS_FROM, type SearchRow } from '../../../utils/clippings/db';
import { editionKeyOf } from '../../../utils/clippings/edition-key';
import { fillSortKeys, fillWordPairs } from '../../../utils/clippings/fill-pairs';
import { findArticle } from '../../../utils/clippings/store';
import type { PostingRow } from '../../../utils/clippings/postings';
import { forgetOrders, queryLibrary } from '../../../utils/clippings/query';
import { defaultMarks, type Clipping, type ClippingMarks } from '../../../utils/clippings/types';
import { makeClipping, makeHighlight } from './helpers';

const WORDS = ['harbour', 'ledger', 'quinoa', 'tariff', 'glacier', 'sonnet', 'turbine', 'mosaic', 'lantern', 'orchard', 'cobalt', 'meridian'];

/** A clipping as schemas v1 and v2 stored it: no marks. */
function withoutMarks(clipping: Clipping): Omit<Clipping, keyof ClippingMarks> {
  const { state: _s, progress: _p, highlights: _h, highlightCount: _c, linkOnly: _l, source: _o, updatedAt: _u, ...row } = clipping;
  return row;
}

/** The search rows an upgrade to v6 and the fill leave: as they were, each with its clipping's word pairs (a long enough clipping's). */
function withPairs(rows: SearchRow[], clippings: ReadonlyArray<Pick<Clipping, 'id' | 'title' | 'text' | 'note'>>) {
  const byId = new Map(clippings.map((c) => [c.id, c]));
  return rows.map((row) => {
    const pairs = clippingPairs(byId.get(row.id)!);
    return pairs ? { ...row, pairs: [...pairs] } : row;
  });
}

/** Search rows with their pairs as plain numbers (a typed array read back from the database is of another realm). */
const readBack = (rows: SearchRow[]) => rows.map((row) => ({ ...row, pairs: row.pairs && [...row.pairs] }));
/** Any table's rows with their typed arrays as plain numbers. */
const readBackAll = (rows: object[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, ArrayBuffer.isView(v) ? [...(v as Uint8Array)] : v])));

/** Fills the word pairs after an upgrade to v6 as the library does, chunk after chunk; returns the chunks. */
async function fillAll(db: ClippingsDb, size?: number): Promise<number> {
  let chunks = 0;
  while ((await fillWordPairs(db, size)) !== null) chunks++;
  return chunks;
}

function v2Row(id: number): Omit<Clipping, keyof ClippingMarks> {
  const text = Array.from({ length: 60 }, (_, j) => WORDS[(id * 7 + j * 13) % WORDS.length]! + (j % 5 === 0 ? String((id + j) % 97) : '')).join(' ');
  return withoutMarks(makeClipping(id, { text: `Story number ${id} ${text}`, tags: id % 3 ? ['odd'] : [], note: id === 4242 ? 'pelican note' : '' }));
}

describe('schema migrations', () => {
  it('v1 → v7: every clipping kept as it was, the search index filled (with word pairs), the marks and edition-free keys added', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const before = Array.from({ length: 40 }, (_, i) => withoutMarks(makeClipping(i + 1, { tags: i % 2 ? ['odd'] : [], note: i === 5 ? 'pelican note' : '' })));
    await v1.table('clippings').bulkAdd(before);
    v1.close();

    const db = new ClippingsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.clippings.toArray()).toEqual(before.map((c) => ({ ...c, ...defaultMarks(c.savedAt), editionKey: editionKeyOf(c) })));
    expect(await db.search.count()).toBe(40);
    expect((await queryLibrary(db, { search: 'pelican ' })).items.map((c) => c.id)).toEqual([6]);
    expect((await queryLibrary(db, { search: 'number 17 ' })).items.map((c) => c.id)).toEqual([17]);
    expect((await queryLibrary(db, { search: '"story number 17"' })).items.map((c) => c.id)).toEqual([17]);
    expect((await queryLibrary(db, { tag: 'odd' })).total).toBe(20);
    await db.delete();
  });

  it('v2 → v7: a 10,000-clipping library keeps every clipping, search row and posting, and gains the defaults and word pairs', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const before = Array.from({ length: 10_000 }, (_, i) => v2Row(i + 1));
    // As the previous version wrote them: an import (posting rows), then saves one at a time (word rows).
    await v2.transaction('rw', ['clippings', 'search', 'postings'], async () => {
      const tables = { search: v2.table<SearchRow, number>('search'), postings: v2.table<PostingRow, [number, string]>('postings') };
      await v2.table('clippings').bulkAdd(before);
      await indexMany(tables, before.slice(0, 9_900).map((c) => ({ id: c.id, words: clippingIndex(c).words })));
      for (const c of before.slice(9_900)) await indexOne(tables, c.id, { words: clippingIndex(c).words });
    });
    const search = await v2.table('search').toArray();
    const postings = await v2.table('postings').toArray();
    v2.close();

    const db = new ClippingsDb(name);
    const started = performance.now();
    await db.open();
    console.log(`v2 → v6 migration of 10,000 clippings (fake-indexeddb): ${Math.round(performance.now() - started)} ms`);
    expect(db.verno).toBe(7);
    expect(await db.clippings.toArray()).toEqual(before.map((c) => ({ ...c, ...defaultMarks(c.savedAt), editionKey: editionKeyOf(c) })));
    // The upgrade leaves the search rows as they were, and a mark to fill their word pairs from.
    expect(readBack(await db.search.toArray())).toEqual(readBack(search));
    expect(await db.meta.get(WORD_PAIRS_FROM)).toEqual({ name: WORD_PAIRS_FROM, value: 0 });
    // A phrase search meanwhile reads the texts: the same results.
    expect((await queryLibrary(db, { search: '"story number 4242"' })).items.map((c) => c.id)).toEqual([4242]);
    const filling = performance.now();
    expect(await fillAll(db, 1_000)).toBe(10);
    console.log(`v6 word pairs of 10,000 clippings filled in 10 chunks (fake-indexeddb): ${Math.round(performance.now() - filling)} ms`);
    expect(readBack(await db.search.toArray())).toEqual(withPairs(search, before));
    // The sort keys' mark is left: filled next, as the library does.
    expect(await db.meta.get(SORT_KEYS_FROM)).toEqual({ name: SORT_KEYS_FROM, value: 0 });
    while ((await fillSortKeys(db, 2_500)) !== null);
    expect(await db.meta.count()).toBe(0);
    expect(await db.sortKeys.count()).toBe(10);
    expect(await db.postings.toArray()).toEqual(postings);
    expect(await db.clippings.where('state').equals('unread').count()).toBe(10_000);
    expect(await db.clippings.where('highlightCount').above(0).count()).toBe(0);
    expect((await queryLibrary(db, { search: 'pelican ' })).items.map((c) => c.id)).toEqual([4242]);
    expect((await queryLibrary(db, { search: 'number 9950 ' })).items.map((c) => c.id)).toEqual([9950]);
    expect((await queryLibrary(db, { tag: 'odd' })).total).toBe(before.filter((c) => c.tags.length).length);
    await db.delete();
  }, 180_000);

  it('v4 → v7: every row kept as it was, each article gains its edition-free key, a selection none, each search row its word pairs; nothing queued for sync', async () => {
    const name = `migrate-v5-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const kept = 'http://m.gazette.example/2019/rivers/amp';
    const before: Clipping[] = [
      ...Array.from({ length: 30 }, (_, i) => makeClipping(i + 1, { tags: i % 2 ? ['odd'] : [], highlights: i === 3 ? [makeHighlight()] : [], highlightCount: i === 3 ? 1 : 0 })),
      makeClipping(31, { url: kept, canonicalUrl: kept, key: kept, html: '', text: '', linkOnly: true, source: 'pocket', state: 'archived' }),
      makeClipping(32, { kind: 'selection', key: 'https://site4.example/story/32#selection:Story number 32', text: 'Story number 32' }),
    ];
    await v4.transaction('rw', ['clippings', 'search', 'postings'], async () => {
      await v4.table('clippings').bulkAdd(before);
      await indexMany({ search: v4.table<SearchRow, number>('search'), postings: v4.table<PostingRow, [number, string]>('postings') },
        before.map((c) => ({ id: c.id, words: clippingIndex(c).words })));
    });
    const search = await v4.table('search').toArray();
    const postings = await v4.table('postings').toArray();
    v4.close();

    const db = new ClippingsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    const after = await db.clippings.toArray();
    expect(after).toEqual(before.map((c) => (c.kind === 'article' ? { ...c, editionKey: editionKeyOf(c) } : c)));
    expect(after.find((c) => c.id === 31)?.editionKey).toBe('//gazette.example/2019/rivers');
    expect(after.find((c) => c.id === 32)).not.toHaveProperty('editionKey');
    expect(await db.clippings.where('editionKey').above('').count()).toBe(31);
    expect(readBack(await db.search.toArray())).toEqual(readBack(search));
    expect(await db.postings.toArray()).toEqual(postings);
    // A clipping edited before the fill reaches it keeps the pairs of its edit; the fill gives the others theirs.
    await db.transaction('rw', [db.clippings, db.search, db.postings], () => indexOne(db, 5, { words: ['edited'], pairs: new Uint8Array([1, 2, 3]) }));
    expect(await fillAll(db, 7)).toBe(5);
    const edited = readBack(await db.search.toArray()).find((row) => row.id === 5);
    expect(edited?.pairs).toEqual([1, 2, 3]);
    expect(readBack(await db.search.toArray()).filter((row) => row.id !== 5)).toEqual(withPairs(search, before).filter((row) => row.id !== 5));
    expect(await db.syncOutbox.count()).toBe(0);
    // The link Pocket kept is found by the page visited today, under its https://www. address.
    await expect(findArticle(db, 'https://www.gazette.example/2019/rivers')).resolves.toMatchObject({ id: 31 });
    await db.delete();
  });

  it('v6 → v7: every row kept as it was; the sort keys filled after, searches the same before, during and after', async () => {
    const name = `migrate-v7-${Math.random()}`;
    const v6 = new Dexie(name);
    v6.version(1).stores(SCHEMA_V1);
    v6.version(2).stores(SCHEMA_V2);
    v6.version(3).stores(SCHEMA_V3);
    v6.version(4).stores(SCHEMA_V4);
    v6.version(5).stores(SCHEMA_V5);
    v6.version(6).stores(SCHEMA_V6);
    // Savings not in id order (an import of older links after newer articles), with ties.
    const before = Array.from({ length: 3_000 }, (_, i) => makeClipping(i + 1, { text: `Story number ${i + 1} ${WORDS[i % WORDS.length]} harbour`, savedAt: 1_600_000_000_000 + ((i * 7919) % 1_000) * 1000 }));
    await v6.transaction('rw', ['clippings', 'search', 'postings'], async () => {
      await v6.table('clippings').bulkAdd(before);
      await indexMany({ search: v6.table<SearchRow, number>('search'), postings: v6.table<PostingRow, [number, string]>('postings') },
        before.map((c) => ({ id: c.id, ...clippingIndex(c) })));
    });
    const dump = async (db: Dexie) => Promise.all(['clippings', 'search', 'postings', 'meta'].map(async (t) => readBackAll(await db.table(t).toArray())));
    const rows = await dump(v6);
    v6.close();

    const db = new ClippingsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await dump(db)).toEqual([...rows.slice(0, 3), [{ name: SORT_KEYS_FROM, value: 0 }]]);
    expect(await db.sortKeys.count()).toBe(0);
    const newestFirst = (ids: number[]) => ids.sort((a, b) => before[b - 1]!.savedAt - before[a - 1]!.savedAt || b - a);
    const harbour = newestFirst(before.map((c) => c.id));
    const page = async () => (await queryLibrary(db, { search: 'harbour ', offset: 100, limit: 25 })).items.map((c) => c.id);
    expect(await page()).toEqual(harbour.slice(100, 125));
    expect(await fillSortKeys(db, 1_000)).toBe(1_000);
    forgetOrders(db);
    expect(await page()).toEqual(harbour.slice(100, 125));
    while ((await fillSortKeys(db, 1_000)) !== null);
    expect(await db.meta.count()).toBe(0);
    forgetOrders(db);
    expect(await page()).toEqual(harbour.slice(100, 125));
    const tariff = newestFirst(before.filter((c) => c.text.includes('tariff')).map((c) => c.id));
    expect((await queryLibrary(db, { search: 'tariff ', limit: 300 })).items.map((c) => c.id)).toEqual(tariff);
    await db.delete();
  }, 60_000);

  it('opens a fresh database at the current version', async () => {
    const db = new ClippingsDb(`fresh-${Math.random()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['clippings', 'meta', 'postings', 'search', 'sortKeys', 'syncBase', 'syncOutbox', 'syncState']);
    // Made under v7: nothing to fill.
    expect(await fillWordPairs(db)).toBeNull();
    expect(await fillSortKeys(db)).toBeNull();
    await db.delete();
  });
});
