// Reading many clippings for exports, a batch at a time in id order: never the whole library in memory at once.
import type { ClippingsDb } from './db';
import type { Clipping } from './types';

/** The clippings of `ids` in id order, a batch at a time (exports of a selection). */
export function selectedBatches(db: ClippingsDb, ids: Iterable<number>, batch = 200): AsyncGenerator<Clipping[]> {
  return batchesOf(db, [...ids], batch);
}

/** All clippings in id order, a batch at a time (exports). */
export async function* clippingBatches(db: ClippingsDb, batch = 500): AsyncGenerator<Clipping[]> {
  let after = 0;
  for (;;) {
    const items = await db.clippings.where(':id').above(after).limit(batch).toArray();
    if (items.length === 0) return;
    yield items;
    after = items[items.length - 1]!.id;
  }
}

/** The clippings that have highlights (of `only`, if given), in id order, a batch at a time (the CSV export reads only these). */
export async function* highlightedBatches(db: ClippingsDb, only?: ReadonlySet<number>, batch = 200): AsyncGenerator<Clipping[]> {
  const highlighted = (await db.clippings.where('highlightCount').above(0).primaryKeys()) as number[];
  yield* batchesOf(db, highlighted.filter((id) => !only || only.has(id)), batch);
}

async function* batchesOf(db: ClippingsDb, ids: number[], batch: number): AsyncGenerator<Clipping[]> {
  const sorted = ids.sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += batch) {
    yield (await db.clippings.bulkGet(sorted.slice(i, i + batch))).filter((c): c is Clipping => c !== undefined);
  }
}
