// @vitest-environment node
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
    const bulk = [1, 2, 3, BUCKET + 5, BUCKET + 6, BUCKET + 7, 3 * BUCKET + 1];
    await rw(() => indexMany(db, bulk.map((id) => ({ id, words: ['river', id % 2 ? 'rivers' : 'lake'] }))));
    await rw(() => indexOne(db, 9, { words: ['river', 'delta'] }));
    expect(sorted(await idsWithWord(db, 'river'))).toEqual(sorted([...bulk, 9]));
    expect(await idsWithWord(db, 'riv')).toEqual([]);
    expect(sorted(await idsWithPrefix(db, 'riv'))).toEqual(sorted([...bulk, 9]));
    expect(sorted(await idsWithWord(db, 'lake'))).toEqual([2, BUCKET + 6]);
    // Posting rows for the words three or more clippings of a bucket gained; the rest in the multi-entry index.
    expect((await db.postings.toArray()).map((r) => [r.bucket, r.word, [...r.ids]])).toEqual([[0, 'river', [1, 2, 3]], [1, 'river', [BUCKET + 5, BUCKET + 6, BUCKET + 7]]]);
    expect(await db.search.get(1)).toEqual({ id: 1, words: ['rivers'], packed: 'river' });
    expect(await db.search.get(3 * BUCKET + 1)).toEqual({ id: 3 * BUCKET + 1, words: ['river', 'rivers'] });

    // An imported clipping edited one at a time leaves the postings for the multi-entry index.
    await rw(() => indexOne(db, 2, { words: ['sea'] }));
    expect(sorted(await idsWithWord(db, 'river'))).toEqual(sorted([...bulk, 9].filter((id) => id !== 2)));
    expect(await idsWithWord(db, 'lake')).toEqual([BUCKET + 6]);
    expect(await idsWithWord(db, 'sea')).toEqual([2]);
    // Importing again over indexed clippings replaces their words.
    await rw(() => indexMany(db, [{ id: 1, words: ['ocean'] }, { id: 9, words: ['ocean'] }]));
    expect(sorted(await idsWithWord(db, 'ocean'))).toEqual([1, 9]);
    expect(sorted(await idsWithWord(db, 'river'))).toEqual([3, BUCKET + 5, BUCKET + 6, BUCKET + 7, 3 * BUCKET + 1]);
    expect(await idsWithWord(db, 'rivers')).not.toContain(1);

    await rw(() => unindex(db, [...bulk, 9]));
    expect(await db.postings.count()).toBe(0);
    expect(await db.search.count()).toBe(0);
  });

  it('reads a whole bucket at once when an import touches many words of it', async () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    await rw(() => indexMany(db, [1, 2, 3].map((id) => ({ id, words }))));
    await rw(() => indexMany(db, [4, 5, 6].map((id) => ({ id, words }))));
    expect(await idsWithWord(db, 'w499')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await db.postings.count()).toBe(500);
  });
});
