// The word pairs of a library upgraded to schema v6 and the sort keys of one upgraded to v7, filled a chunk at a time
// (db.ts SCHEMA_V6, SCHEMA_V7): each chunk one short transaction, so a search or a save meanwhile waits for one chunk,
// never for the whole library's texts.
import { clippingPairs, SORT_KEYS_FROM, WORD_PAIRS_FROM, type ClippingsDb } from './db';
import { bucketOf, setSortKeys, type SortKeyRow } from './sort-keys';

/** Search rows a chunk looks at (~100 articles' texts read: ~2 MB). */
export const FILL_CHUNK = 100;

/**
 * Fills the word pairs of the next `size` search rows that lack them (their clippings' texts read; a short clipping
 * gets none, `clippingPairs`) and moves the mark
 * on; returns how many rows it looked at, or null when there is nothing (left) to fill (the mark is then removed).
 */
export async function fillWordPairs(db: ClippingsDb, size = FILL_CHUNK): Promise<number | null> {
  // Nothing to fill (every library made or filled under v6): one read of `meta`, no transaction on the clippings.
  if (!(await db.meta.get(WORD_PAIRS_FROM))) return null;
  return db.transaction('rw', [db.clippings, db.search, db.meta], async () => {
    const mark = await db.meta.get(WORD_PAIRS_FROM);
    if (!mark) return null;
    const rows = await db.search.where(':id').above(mark.value).limit(size).toArray();
    if (rows.length === 0) {
      await db.meta.delete(WORD_PAIRS_FROM);
      return null;
    }
    const todo = rows.filter((row) => row.pairs === undefined);
    const clippings = await db.clippings.bulkGet(todo.map((row) => row.id));
    await db.search.bulkPut(todo.flatMap((row, i) => {
      const pairs = clippings[i] && clippingPairs(clippings[i]);
      return pairs ? [{ ...row, pairs }] : [];
    }));
    await db.meta.put({ name: WORD_PAIRS_FROM, value: rows.at(-1)!.id });
    return rows.length;
  });
}

/** Clippings a chunk of the sort keys' fill reads (their records: ~5 MB of the bench's articles). */
export const SORT_FILL_CHUNK = 250;

/**
 * Puts the `savedAt` of the next `size` clippings after the mark in the sort-key rows (utils/clippings/sort-keys.ts) and
 * moves the mark on; returns how many clippings it read, or null when there is nothing (left) to fill (the mark is then
 * removed, and searches sort their matches from the rows). A clipping written meanwhile had its key written with it.
 */
export async function fillSortKeys(db: ClippingsDb, size = SORT_FILL_CHUNK): Promise<number | null> {
  if (!(await db.meta.get(SORT_KEYS_FROM))) return null;
  return db.transaction('rw', [db.clippings, db.sortKeys, db.meta], async () => {
    const mark = await db.meta.get(SORT_KEYS_FROM);
    if (!mark) return null;
    const clippings = await db.clippings.where(':id').above(mark.value).limit(size).toArray();
    if (clippings.length === 0) {
      await db.meta.delete(SORT_KEYS_FROM);
      return null;
    }
    const changes = clippings.map((c) => [c.id, c.savedAt] as const);
    const stored = await db.sortKeys.bulkGet([...new Set(changes.map(([id]) => bucketOf(id)))]);
    const rows = new Map(stored.filter((r): r is SortKeyRow => r !== undefined).map((r) => [r.bucket, r]));
    setSortKeys(rows, changes);
    await db.sortKeys.bulkPut([...rows.values()]);
    await db.meta.put({ name: SORT_KEYS_FROM, value: clippings.at(-1)!.id });
    return clippings.length;
  });
}
