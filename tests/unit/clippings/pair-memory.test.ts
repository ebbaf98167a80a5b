// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clippingIndex, ClippingsDb, indexMany } from '../../../utils/clippings/db';
import { fillPairMemory, fillPairMemoryWhile, forgetPairs, pairMemorySize } from '../../../utils/clippings/pair-memory';
import { queryLibrary } from '../../../utils/clippings/query';
import { parseQuery } from '../../../utils/clippings/search-index';
import { addHighlight } from '../../../utils/clippings/marks';
import { deleteClippings, importClippings, saveClipping, updateClipping } from '../../../utils/clippings/store';
import type { Clipping } from '../../../utils/clippings/types';
import { scanMatches } from '../../fixtures/plain-scan';
import { makeClipping, makeDraft, makeHighlight, seedLibrary } from './helpers';

const BANK = 'Notes from the bank of the stream, where the water runs slow. '.repeat(8);
/** 150 clippings, each a candidate of "river otter" and of "otter swims" (all their words), every third holding "river otter". */
const library = (): Clipping[] =>
  Array.from({ length: 150 }, (_, k) => {
    const id = k + 1;
    const passage = id % 3 === 0 ? 'the river otter sleeps, it swims' : 'the otter sleeps by the river, it swims';
    return makeClipping(id, { url: `https://bank.example/${id}`, key: `https://bank.example/${id}`, title: `Bank ${id}`, text: `${BANK}${passage}.`, savedAt: 1_000 + id, publishedTime: null });
  });

/** The gets a search makes on `table` (each request of the library's reads). */
function gets(table: 'search' | 'clippings') {
  const get = vi.spyOn(IDBObjectStore.prototype, 'get');
  get.mockClear();
  return { count: () => (get.mock.contexts as IDBObjectStore[]).filter((store) => store.name === table).length, clear: () => get.mockClear() };
}

/** Every clipping, for a plain scan. */
const all = async (db: ClippingsDb) => (await db.clippings.toArray()).sort((a, b) => b.savedAt - a.savedAt || b.id - a.id);

/** The ids of a phrase search's page and its total, checked against a plain scan of the library as it is. */
async function expectScan(db: ClippingsDb, query: string, what: string): Promise<number[]> {
  const parsed = parseQuery(query);
  const expected = (await all(db)).filter((c) => scanMatches(parsed, c)).map((c) => c.id);
  const page = await queryLibrary(db, { search: query, limit: 10 });
  expect(page.items.map((c) => c.id), what).toEqual(expected.slice(0, 10));
  expect(page.total ?? (await page.count!(() => false)), what).toBe(expected.length);
  return expected;
}

const fillAll = (db: ClippingsDb) => fillPairMemoryWhile(db, () => true);

describe('the word pairs kept in the page', () => {
  let db: ClippingsDb;
  beforeEach(async () => {
    db = new ClippingsDb(`pair-memory-${Math.random()}`);
    await seedLibrary(db, library());
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('once filled, a phrase reads no search row, and a phrase in no candidate no text either', async () => {
    await fillAll(db);
    expect(pairMemorySize(db)).toMatchObject({ rows: 150, withPairs: 150, full: true });
    expect(await fillPairMemory(db, 10)).toBeNull();
    const pairs = gets('search');
    const texts = gets('clippings');
    // Every candidate has the words of "swims the river" (never in that order): ruled out in memory.
    expect(await expectScan(db, '"swims the river"', 'no match')).toEqual([]);
    expect([pairs.count(), texts.count()]).toEqual([0, 0]);
    // One in three holds "river otter": its page of 10 reads only texts the pairs allow, 17 (before: 30 and 50 search rows).
    texts.clear();
    const page = await queryLibrary(db, { search: '"river otter"', limit: 10 });
    expect(page.items.map((c) => c.id)).toEqual([150, 147, 144, 141, 138, 135, 132, 129, 126, 123]);
    expect([pairs.count(), texts.count()]).toEqual([0, 17]);
    await expectScan(db, '"river otter"', 'a third');
    expect(pairs.count()).toBe(0);
    // After a write the page asked for (its reply may come before Dexie's event): everything forgotten, read again.
    forgetPairs(db);
    expect(pairMemorySize(db)).toMatchObject({ rows: 0, full: false });
    await expectScan(db, '"swims the river"', 'forgotten');
    expect(pairs.count()).toBe(130);
  });

  it('fills a range of rows a request, and keeps what a search read before the fill came to it', async () => {
    expect((await fillPairMemory(db, 40))?.read).toBe(40);
    expect(pairMemorySize(db).rows).toBe(40);
    const pairs = gets('search');
    await expectScan(db, '"otter swims"', 'partly filled');
    // The first 20 candidates (150 to 131) had their texts read; the rows of the others the fill had not read (130 to 41)
    // were read by the page and the count, and are kept.
    expect(pairs.count()).toBe(90);
    expect(pairMemorySize(db).rows).toBe(130);
    pairs.clear();
    await expectScan(db, '"otter swims"', 'again');
    expect(pairs.count()).toBe(0);
    await fillAll(db);
    expect(pairMemorySize(db)).toMatchObject({ rows: 150, full: true });
  });

  it("sees a change to a clipping's note, text, title or a highlight's note at the next phrase search", async () => {
    await fillAll(db);
    expect(await expectScan(db, '"heron glides"', 'before')).toEqual([]);
    // The words "heron" and "glides" are in every text; the phrase only where a change put it.
    await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      for (const c of await db.clippings.toArray()) {
        await db.clippings.put({ ...c, text: `${c.text} A heron rests; the water glides.` });
      }
    });
    await indexMany(db, (await db.clippings.toArray()).map((c) => ({ id: c.id, ...clippingIndex(c) })));
    await fillAll(db);
    expect(await expectScan(db, '"heron glides"', 'words in place')).toEqual([]);
    await updateClipping(db, 17, { note: 'a heron glides over the reeds' });
    expect(await expectScan(db, '"heron glides"', 'a note')).toEqual([17]);
    const resaved = (await db.clippings.get(40))!;
    await saveClipping(db, makeDraft({ url: resaved.url, canonicalUrl: resaved.url, title: 'Where a heron glides', text: resaved.text }), 5_000);
    expect(await expectScan(db, '"heron glides"', 'a title')).toEqual([40, 17]);
    const retexted = (await db.clippings.get(90))!;
    await saveClipping(db, makeDraft({ url: retexted.url, canonicalUrl: retexted.url, title: retexted.title, text: `${retexted.text} The heron glides.` }), 6_000);
    expect(await expectScan(db, '"heron glides"', 'a text')).toEqual([90, 40, 17]);
    await addHighlight(db, { clippingId: 120, highlight: makeHighlight({ id: 'h-heron', note: 'here the heron glides' }) });
    expect(await expectScan(db, '"heron glides"', 'a highlight note')).toEqual([90, 40, 120, 17]);
  });

  it('forgets deleted clippings, refills after an import, and follows a pass like sync\'s that writes the index after the clippings', async () => {
    await fillAll(db);
    await deleteClippings(db, [3, 6, 9]);
    expect(pairMemorySize(db).rows).toBe(147);
    expect((await expectScan(db, '"river otter"', 'deletes')).slice(-2)).toEqual([15, 12]);
    // An import of 300 (a bulk write: Dexie names no keys) forgets everything; the fill starts again.
    await importClippings(db, Array.from({ length: 300 }, (_, i) => ({
      ...makeClipping(0, { title: `Imported ${i}`, text: `${BANK}${i % 4 ? 'the otter by the river' : 'a river otter swims'}.` }),
      id: undefined, url: `https://import.example/${i}`, key: `https://import.example/${i}`, canonicalUrl: `https://import.example/${i}`,
    })));
    expect(pairMemorySize(db)).toMatchObject({ rows: 0, full: false });
    await expectScan(db, '"otter swims"', 'an import, before the fill');
    await fillAll(db);
    expect(pairMemorySize(db)).toMatchObject({ rows: 447, full: true });
    await expectScan(db, '"otter swims"', 'an import, filled');
    // Sync: the apply writes the clippings through a connection that queues nothing, the index pass their rows later.
    const syncDb = new ClippingsDb(db.name, { capture: false });
    const pulled = (await syncDb.clippings.get(20))!;
    await syncDb.clippings.put({ ...pulled, text: `${pulled.text} A kingfisher dives here.` });
    // A phrase search between the two reads the clipping's old row (its old pairs) and keeps it...
    await expectScan(db, '"otter swims"', 'between the apply and the pass');
    expect(pairMemorySize(db).rows).toBe(447);
    // ...until the pass writes its new one.
    await indexMany(syncDb, [{ id: 20, ...clippingIndex({ ...pulled, text: `${pulled.text} A kingfisher dives here.` }) }]);
    syncDb.close();
    expect(await expectScan(db, '"kingfisher dives"', "sync's index pass")).toEqual([20]);
  });
});
