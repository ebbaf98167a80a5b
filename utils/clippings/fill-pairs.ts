// The word pairs of a library upgraded to schema v6 and the sort keys of one upgraded to v7, filled a chunk at a time
// (db.ts SCHEMA_V6, SCHEMA_V7): each chunk one short transaction, so a search or a save meanwhile waits for one chunk,
// never for the whole library's texts.
import type { Table } from 'dexie';
import { clippingPairs, SORT_KEYS_FROM, WORD_PAIRS_FROM, type ClippingsDb } from './db';
import { bucketOf, setSortKeys, type SortKeyRow } from './sort-keys';

/** Search rows a chunk looks at (~100 articles' texts read: ~2 MB). */
export const FILL_CHUNK = 100;

/**
 * Fills the word pairs of the next `size` search rows that lack them (their clippings' texts read; a short clipping
 * gets none, `clippingPairs`) and moves the mark
 * on; returns how many rows it looked at, or null when there is nothing (left) to fill (the mark is then removed).
 */
export function fillWordPairs(db: ClippingsDb, size = FILL_CHUNK): Promise<number | null> {
  return fillChunk(db, WORD_PAIRS_FROM, [db.clippings, db.search], (after) => db.search.where(':id').above(after).limit(size).toArray(), async (rows) => {
    const todo = rows.filter((row) => row.pairs === undefined);
    const clippings = await db.clippings.bulkGet(todo.map((row) => row.id));
    await db.search.bulkPut(todo.flatMap((row, i) => {
      const pairs = clippings[i] && clippingPairs(clippings[i]);
      return pairs ? [{ ...row, pairs }] : [];
    }));
  });
}

/** Clippings a chunk of the sort keys' fill reads (their records: ~5 MB of the bench's articles). */
export const SORT_FILL_CHUNK = 250;

/**
 * Puts the `savedAt` of the next `size` clippings after the mark in the sort-key rows (utils/clippings/sort-keys.ts) and
 * moves the mark on; returns how many clippings it read, or null when there is nothing (left) to fill (the mark is then
 * removed, and searches sort their matches from the rows). A clipping written meanwhile had its key written with it.
 */
export function fillSortKeys(db: ClippingsDb, size = SORT_FILL_CHUNK): Promise<number | null> {
  return fillChunk(db, SORT_KEYS_FROM, [db.clippings, db.sortKeys], (after) => db.clippings.where(':id').above(after).limit(size).toArray(), async (clippings) => {
    const changes = clippings.map((c) => [c.id, c.savedAt] as const);
    const stored = await db.sortKeys.bulkGet([...new Set(changes.map(([id]) => bucketOf(id)))]);
    const rows = new Map(stored.filter((r): r is SortKeyRow => r !== undefined).map((r) => [r.bucket, r]));
    setSortKeys(rows, changes);
    await db.sortKeys.bulkPut([...rows.values()]);
  });
}

/**
 * One chunk of a fill that the `meta` row `name` keeps the place of (the last id done): in one transaction on `tables`
 * and `meta`, `read` the rows after it, `fill` them, move the mark to the last; none left: the mark removed, null. A
 * library with no mark (made or filled under this schema) costs one read of `meta`, no transaction on the clippings.
 */
async function fillChunk<T extends { id: number }>(db: ClippingsDb, name: string, tables: Table[], read: (after: number) => Promise<T[]>,
  fill: (rows: T[]) => Promise<void>): Promise<number | null> {
  if (!(await db.meta.get(name))) return null;
  return db.transaction('rw', [...tables, db.meta], async () => {
    const mark = await db.meta.get(name);
    if (!mark) return null;
    const rows = await read(mark.value);
    if (rows.length === 0) {
      await db.meta.delete(name);
      return null;
    }
    await fill(rows);
    await db.meta.put({ name, value: rows.at(-1)!.id });
    return rows.length;
  });
}
