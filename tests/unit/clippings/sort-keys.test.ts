// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClippingsDb, clippingIndex, indexMany, SORT_KEYS_FROM, unindex } from '../../../utils/clippings/db';
import { fillSortKeys } from '../../../utils/clippings/fill-pairs';
import { countFromSortKeys, forgetOrders, queryLibrary, type LibraryQuery } from '../../../utils/clippings/query';
import { matchesPhrases, parseQuery } from '../../../utils/clippings/search-index';
import { SORT_BUCKET, sortBySavedAt, type SortKeyRow } from '../../../utils/clippings/sort-keys';
import { deleteClippings, importClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import { setState } from '../../../utils/clippings/marks';
import type { Clipping } from '../../../utils/clippings/types';
import { makeClipping, makeDraft, seedLibrary } from './helpers';

describe('sortBySavedAt', () => {
  const row = (bucket: number, keys: Record<number, number>): SortKeyRow => {
    const savedAt = new Float64Array(SORT_BUCKET).fill(NaN);
    for (const [id, key] of Object.entries(keys)) savedAt[Number(id) - bucket * SORT_BUCKET] = key;
    return { bucket, savedAt };
  };

  it('orders by savedAt, ties by id, reversed when descending, across buckets', () => {
    const rows = [row(0, { 3: 50, 7: 10, 9: 50 }), row(2, { [2 * SORT_BUCKET + 1]: 30, [2 * SORT_BUCKET + 5]: 50 })];
    const ids = [3, 7, 9, 2 * SORT_BUCKET + 1, 2 * SORT_BUCKET + 5];
    expect(sortBySavedAt(ids, rows, false)).toEqual([7, 2 * SORT_BUCKET + 1, 3, 9, 2 * SORT_BUCKET + 5]);
    expect(sortBySavedAt(ids, rows, true)).toEqual([2 * SORT_BUCKET + 5, 9, 3, 2 * SORT_BUCKET + 1, 7]);
  });

  it('gives null when an id has no key (a missing row, or NaN in one)', () => {
    expect(sortBySavedAt([3, 4], [row(0, { 3: 1 })], true)).toBeNull();
    expect(sortBySavedAt([3, SORT_BUCKET], [row(0, { 3: 1 })], true)).toBeNull();
    expect(sortBySavedAt([3], [undefined, row(0, { 3: 1 })], true)).toEqual([3]);
  });
});

/** The sort keys held in the rows, by id (NaN entries left out). */
async function keysInRows(db: ClippingsDb): Promise<Map<number, number>> {
  const keys = new Map<number, number>();
  for (const row of await db.sortKeys.toArray()) {
    row.savedAt.forEach((key, i) => void (Number.isNaN(key) || keys.set(row.bucket * SORT_BUCKET + i, key)));
  }
  return keys;
}

/** Every clipping's savedAt, by id: what the rows must hold. */
async function keysOfClippings(db: ClippingsDb): Promise<Map<number, number>> {
  return new Map((await db.clippings.toArray()).map((c) => [c.id, c.savedAt]));
}

/** The plain scan: the clippings holding the query's words (and phrases), newest first (ties: highest id first). */
async function scan(db: ClippingsDb, q: LibraryQuery): Promise<number[]> {
  const parsed = parseQuery(q.search ?? '');
  const all = await db.clippings.toArray();
  return all
    .filter((c) => {
      const words = new Set(clippingIndex(c).words);
      return parsed.terms.every((t) => words.has(t)) && (!parsed.prefix || [...words].some((w) => w.startsWith(parsed.prefix!)))
        && matchesPhrases(parsed, c.title, c.text, c.note, ...c.highlights.map((h) => h.note)) && (!q.tag || c.tags.includes(q.tag));
    })
    .sort((a, b) => b.savedAt - a.savedAt || b.id - a.id)
    .map((c) => c.id);
}

/** Every page of the query (no order read before) against the plain scan. */
async function expectScan(db: ClippingsDb, q: LibraryQuery): Promise<void> {
  const expected = await scan(db, q);
  expect(expected.length, JSON.stringify(q)).toBeGreaterThan(100);
  for (let offset = 0; offset < expected.length; offset += 40) {
    forgetOrders(db);
    const page = await queryLibrary(db, { ...q, offset, limit: 40 });
    expect(page.items.map((c) => c.id), `${JSON.stringify(q)} from ${offset}`).toEqual(expected.slice(offset, offset + 40));
    expect(page.total ?? (await page.count!(() => false))).toBe(expected.length);
  }
}

const SEARCHES: LibraryQuery[] = [{ search: 'harbour ' }, { search: 'harb' }, { search: 'harbour ', tag: 'kept' }, { search: '"quiet harbour"' }];

/** 1,500 clippings across two buckets, savedAt not in id order, with runs of equal savedAt. */
const library = (): Clipping[] => Array.from({ length: 1_500 }, (_, i) => makeClipping(i + 1, {
  title: `${i % 3 ? 'Harbour' : 'Orchard'} notes ${i}`, text: i % 2 ? `the quiet harbour, part ${i}` : `the harbour ledger, part ${i}`,
  tags: i % 4 ? [] : ['kept'], savedAt: 1_600_000_000_000 + ((i * 7919) % 700) * 1000,
}));

const dbs: ClippingsDb[] = [];
async function seeded(): Promise<ClippingsDb> {
  const db = new ClippingsDb(`sort-keys-${Math.random()}`);
  dbs.push(db);
  await seedLibrary(db, library(), (c) => c.id % 10 === 0);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('the sort keys kept in step with every write to the clippings', () => {
  it('a search sorts its many matches from the rows: no record but the page read, no order of the library', async () => {
    const db = await seeded();
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    forgetOrders(db);
    const page = await queryLibrary(db, { search: 'harbour ', limit: 25 });
    expect(page.items).toHaveLength(25);
    expect(getAllKeys.mock.contexts.filter((index) => (index as IDBIndex).objectStore.name === 'clippings')).toHaveLength(0);
    expect(get.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'clippings')).toHaveLength(25);
    // Fewer matches than SORT_HERE_UP_TO (54) but more than a page: still only the page's records.
    get.mockClear();
    forgetOrders(db);
    const few = await queryLibrary(db, { tag: 'kept', site: 'Site 3', limit: 25 });
    expect(few.total).toBe(library().filter((c) => c.tags.includes('kept') && c.siteName === 'Site 3').length);
    expect(few.total).toBeGreaterThan(25);
    expect(get.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'clippings')).toHaveLength(25);
    for (const q of SEARCHES) await expectScan(db, q);
  }, 60_000);

  it('keeps the rows read until the clippings change: the next search reads none, one after a write reads them again', async () => {
    const db = await seeded();
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const rowReads = () => getAll.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'sortKeys').length;
    forgetOrders(db);
    await queryLibrary(db, { search: 'harbour ', limit: 25 });
    expect(rowReads()).toBe(1);
    await queryLibrary(db, { search: 'harb', limit: 25 });
    expect(rowReads()).toBe(1);
    // A page saved again moves to the top: heard (Dexie's 'storagemutated'), not told.
    const again = library()[700]!;
    await saveClipping(db, makeDraft({ url: again.url, canonicalUrl: again.url, title: again.title, text: again.text }), 1_800_000_000_000);
    await vi.waitFor(async () => expect((await queryLibrary(db, { search: 'harbour ', limit: 25 })).items[0]?.id).toBe(again.id));
    expect(rowReads()).toBeGreaterThan(1);
  });

  it('after saves, edits, state changes, deletes, imports and a pass like sync\'s: the rows hold every savedAt, searches the scan\'s', async () => {
    const db = await seeded();
    const check = async (what: string) => {
      expect(await keysInRows(db), what).toEqual(await keysOfClippings(db));
      expect(await countFromSortKeys(db), what).toBe(await db.clippings.count());
      for (const q of SEARCHES) await expectScan(db, q);
    };
    await check('seeded');
    // Saves: a new clipping (a new id, in a new bucket), and a page saved again (its savedAt moves to now).
    await saveClipping(db, makeDraft({ url: 'https://new.example/a', canonicalUrl: 'https://new.example/a', title: 'Harbour news', text: 'the quiet harbour today' }), 1_700_000_000_000);
    const again = library()[41]!;
    await saveClipping(db, makeDraft({ url: again.url, canonicalUrl: again.url, title: again.title, text: again.text }), 1_700_000_500_000);
    expect((await db.clippings.get(again.id))?.savedAt).toBe(1_700_000_500_000);
    await check('saves');
    await updateClipping(db, 7, { tags: ['kept'], note: 'harbour note' });
    await setState(db, { ids: [8, 9, 1_200], state: 'archived' });
    await check('edits');
    await deleteClippings(db, [3, 5, 1_025, 1_499]);
    await check('deletes');
    await importClippings(db, Array.from({ length: 600 }, (_, i) => ({
      ...makeClipping(0, { title: `Harbour import ${i}`, text: `harbour imported ${i}`, savedAt: 1_550_000_000_000 + (i % 50) * 1000 }),
      id: undefined, url: `https://import.example/${i}`, key: `https://import.example/${i}`, canonicalUrl: `https://import.example/${i}`,
    })));
    await check('an import');
    // Sync's pass writes through a connection that queues nothing: deletes, puts of known ids, adds of new ones.
    const syncDb = new ClippingsDb(db.name, { capture: false });
    await syncDb.transaction('rw', [syncDb.clippings, syncDb.search, syncDb.postings, syncDb.syncBase, syncDb.syncOutbox], async () => {
      await syncDb.clippings.bulkDelete([11, 12]);
      await unindex(syncDb, [11, 12]);
      const kept = (await syncDb.clippings.bulkGet([13, 14])).map((c) => ({ ...c!, savedAt: 1_400_000_000_000 }));
      await syncDb.clippings.bulkPut(kept);
      const added = [makeClipping(0, { title: 'Harbour from a peer', key: 'https://peer.example/1', savedAt: 1_650_000_000_000 })].map(({ id: _id, ...c }) => c);
      const ids = (await syncDb.clippings.bulkAdd(added as Clipping[], { allKeys: true })) as number[];
      await indexMany(syncDb, [...kept, ...added.map((c, i) => ({ ...c, id: ids[i]! }))].map((c) => ({ id: c.id, ...clippingIndex(c) })));
    });
    syncDb.close();
    await check("sync's pass");
    await db.clippings.clear();
    expect(await keysInRows(db)).toEqual(new Map());
  }, 120_000);

  it('while the rows are being filled after an upgrade: the search reads as before; each chunk fills its clippings, writes meanwhile kept', async () => {
    const db = await seeded();
    // As the v7 upgrade leaves a library made under v6: no rows, the fill's mark at the first id.
    await db.sortKeys.clear();
    await db.meta.put({ name: SORT_KEYS_FROM, value: 0 });
    for (const q of SEARCHES) await expectScan(db, q);
    expect(await countFromSortKeys(db)).toBeNull();
    expect(await fillSortKeys(db, 400)).toBe(400);
    // A clipping deleted before the fill reaches it, another saved meanwhile: the middleware keeps both.
    await deleteClippings(db, [1_300]);
    await saveClipping(db, makeDraft({ url: 'https://late.example/a', canonicalUrl: 'https://late.example/a', title: 'Harbour late' }), 1_700_000_000_000);
    for (const q of SEARCHES) await expectScan(db, q);
    let chunks = 1;
    while ((await fillSortKeys(db, 400)) !== null) chunks++;
    expect(chunks).toBe(4);
    expect(await db.meta.get(SORT_KEYS_FROM)).toBeUndefined();
    expect(await keysInRows(db)).toEqual(await keysOfClippings(db));
    for (const q of SEARCHES) await expectScan(db, q);
    expect(await fillSortKeys(db)).toBeNull();
  }, 120_000);
});
