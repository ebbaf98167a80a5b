// The search index of clippings a sync applied, made in one pass after the apply instead of batch by batch.
// Each posting row (utils/clippings/postings.ts) holds a word's ids for a whole bucket of clippings, so
// indexing a first sync of 10,000 in 50 batches read and rewrote every common word's row 50 times; one pass
// writes it once, as an import does. The ids waiting for the pass are kept in `syncState`, written in the
// apply's own transactions, so a worker stopped between the apply and the pass leaves none unindexed: the
// next apply's pass takes them.
import { clippingIndex, indexMany, type IndexEntry } from '../clippings/db';
import type { SyncDb } from './engine';

const UNINDEXED = 'unindexed';
/** Clippings one pass transaction indexes: their words are held in memory until the index is written. */
export const PASS_SIZE = 5_000;
/** Clippings read from the library at a time within a pass (their bodies are dropped once their words are taken). */
const READ_SIZE = 500;

const unindexed = async (db: SyncDb): Promise<number[]> => ((await db.syncState.get(UNINDEXED))?.value as number[] | undefined) ?? [];

/** Notes clippings the apply wrote, for the next pass (inside the apply's transaction, which must include `syncState`). */
export async function queueForIndex(db: SyncDb, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  const waiting = await unindexed(db);
  await db.syncState.put({ name: UNINDEXED, value: [...new Set([...waiting, ...ids])] });
}

/**
 * Indexes every clipping waiting for it, from its row as it is now (a clipping edited or deleted since the
 * apply is indexed as edited, or skipped), PASS_SIZE a transaction. Returns how many it indexed.
 */
export async function indexPulled(db: SyncDb, lap: (phase: string) => void = () => undefined): Promise<number> {
  let indexed = 0;
  if (!(await unindexed(db)).length) return indexed;
  for (;;) {
    const done = await db.transaction('rw', [db.clippings, db.search, db.postings, db.syncState], async () => {
      const waiting = await unindexed(db);
      const pass = waiting.slice(0, PASS_SIZE);
      const rows: Array<{ id: number } & IndexEntry> = [];
      for (let i = 0; i < pass.length; i += READ_SIZE) {
        const clippings = await db.clippings.bulkGet(pass.slice(i, i + READ_SIZE));
        for (const c of clippings) if (c) rows.push({ id: c.id, ...clippingIndex(c) });
      }
      lap('read clippings, words');
      await indexMany(db, rows, new Set(), lap);
      await db.syncState.put({ name: UNINDEXED, value: waiting.slice(pass.length) });
      indexed += rows.length;
      return pass.length === waiting.length;
    });
    if (done) return indexed;
  }
}
