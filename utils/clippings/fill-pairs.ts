// The word pairs of a library upgraded to schema v6, filled a chunk at a time (db.ts SCHEMA_V6): each chunk one short
// transaction, so a search or a save meanwhile waits for one chunk, never for the whole library's texts.
import { clippingPairs, WORD_PAIRS_FROM, type ClippingsDb } from './db';

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
