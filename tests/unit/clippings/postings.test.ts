import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb, idsWithPrefix, idsWithWord, indexMany, indexOne, unindex } from '../../../utils/clippings/db';
import { BUCKET } from '../../../utils/clippings/postings';

let db: ClippingsDb;
beforeEach(() => {
  db = new ClippingsDb(`postings-${Math.random()}`);
});
afterEach(() => db.delete());

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const rw = (fn: () => Promise<void>) => db.transaction('rw', db.search, db.postings, fn);

describe('the two halves of the search index', () => {
  it('find a word across buckets and both halves, by word and by prefix, and forget what was removed', async () => {
    const bulk = [1, 2, BUCKET + 5, 3 * BUCKET + 1];
    await rw(() => indexMany(db, bulk.map((id) => ({ id, words: ['river', id % 2 ? 'rivers' : 'lake'] }))));
    await rw(() => indexOne(db, 7, ['river', 'delta']));
    expect(sorted(await idsWithWord(db, 'river'))).toEqual([1, 2, 7, BUCKET + 5, 3 * BUCKET + 1]);
    expect(await idsWithWord(db, 'riv')).toEqual([]);
    expect(sorted(await idsWithPrefix(db, 'riv'))).toEqual([1, 2, 7, BUCKET + 5, 3 * BUCKET + 1]);
    expect(await idsWithWord(db, 'lake')).toEqual([2]);
    expect(await db.postings.count()).toBe(3 + 3 + 1);

    // An imported clipping edited one at a time leaves the postings for the multi-entry index.
    await rw(() => indexOne(db, 2, ['sea']));
    expect(sorted(await idsWithWord(db, 'river'))).toEqual([1, 7, BUCKET + 5, 3 * BUCKET + 1]);
    expect(await idsWithWord(db, 'lake')).toEqual([]);
    expect(await idsWithWord(db, 'sea')).toEqual([2]);
    // Importing again over indexed clippings replaces their words.
    await rw(() => indexMany(db, [{ id: 1, words: ['ocean'] }, { id: 7, words: ['ocean'] }]));
    expect(sorted(await idsWithWord(db, 'ocean'))).toEqual([1, 7]);
    expect(sorted(await idsWithWord(db, 'river'))).toEqual([BUCKET + 5, 3 * BUCKET + 1]);

    await rw(() => unindex(db, [1, 2, 7, BUCKET + 5, 3 * BUCKET + 1]));
    expect(await db.postings.count()).toBe(0);
    expect(await db.search.count()).toBe(0);
  });

  it('reads a whole bucket at once when an import touches many words of it', async () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    await rw(() => indexMany(db, [{ id: 1, words }]));
    await rw(() => indexMany(db, [{ id: 2, words }]));
    expect(await idsWithWord(db, 'w499')).toEqual([1, 2]);
    expect(await db.postings.count()).toBe(500);
  });
});
