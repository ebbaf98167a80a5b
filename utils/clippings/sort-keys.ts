// Each clipping's `savedAt` (the library's default sort) kept beside the clippings in bulk rows, SORT_BUCKET ids a row,
// so that a search with many matches sorts them from one read of a few rows instead of one read of each match's record
// (~50 us a request: the 2,000 links of a word of the older Pocket titles took ~150 ms) or of the whole order's index
// keys. A DBCore middleware writes them with every write to the clippings, in the same transaction, whoever writes
// (saves, edits, deletes, imports, sync's pass); a library upgraded from schema v6 has them filled in the background
// (`fillSortKeys`), and until then `sortKeysReady` says no and the searches read as before.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { companionTableMiddleware } from './companion-table';
import type { Clipping } from './types';

export const SORT_KEYS = 'sortKeys';
/** Ids a row: a row of `savedAt` is 8 KB, 30,000 clippings 30 rows. */
export const SORT_BUCKET = 1024;

/** The `savedAt` of ids bucket × SORT_BUCKET … + SORT_BUCKET − 1, NaN where there is no clipping (or none filled yet). */
export interface SortKeyRow {
  bucket: number;
  savedAt: Float64Array;
}

export const bucketOf = (id: number) => Math.floor(id / SORT_BUCKET);

/** Puts `savedAt` (NaN: gone) of each id in its bucket's row, the rows given by bucket (a missing one made). */
export function setSortKeys(rows: Map<number, SortKeyRow>, changes: ReadonlyArray<readonly [id: number, savedAt: number]>): void {
  for (const [id, savedAt] of changes) {
    const bucket = bucketOf(id);
    let row = rows.get(bucket);
    if (!row) rows.set(bucket, (row = { bucket, savedAt: new Float64Array(SORT_BUCKET).fill(NaN) }));
    row.savedAt[id - bucket * SORT_BUCKET] = savedAt;
  }
}

/**
 * The ids sorted as `orderedIds(db, 'savedAt', desc)` lists them (by savedAt, ties by id; all reversed when descending),
 * from the rows of their buckets; null when one of them has no key in the rows (not filled, or written meanwhile).
 */
export function sortBySavedAt(ids: Iterable<number>, rows: ReadonlyArray<SortKeyRow | undefined>, desc: boolean): number[] | null {
  const byBucket = new Map(rows.filter((r): r is SortKeyRow => r !== undefined).map((r) => [r.bucket, r.savedAt]));
  const keyed: Array<[number, number]> = [];
  for (const id of ids) {
    const bucket = bucketOf(id);
    const key = byBucket.get(bucket)?.[id - bucket * SORT_BUCKET];
    if (key === undefined || Number.isNaN(key)) return null;
    keyed.push([key, id]);
  }
  keyed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (desc) keyed.reverse();
  return keyed.map((k) => k[1]);
}

/** The middleware; a database without the SORT_KEYS table (before schema v7) is left alone. */
export function sortKeysMiddleware(): Middleware<DBCore> {
  return companionTableMiddleware('sort-keys', SORT_KEYS, keeping);
}

/**
 * Writes to the rows of one transaction, one after the other: each reads rows, changes them and puts them back, and two
 * at once (an import's chunks) would each put back a row without the other's change.
 */
const inStep = new WeakMap<DBCoreTransaction, Promise<unknown>>();

function keeping(table: DBCoreTable, rows: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req: DBCoreMutateRequest) => {
      // A schema upgrade's own writes (v3's marks, v5's edition keys) come before the v7 fill mark, which covers them.
      if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      const gone = req.type === 'delete' ? (req.keys as number[]) : req.type === 'deleteRange' ? await idsIn(table, req) : [];
      const putting = req.type === 'add' || req.type === 'put';
      const result = await table.mutate(req);
      const changes: Array<readonly [number, number]> = putting
        ? (req.values as Clipping[]).flatMap((value, i) => {
            const id = (result.results?.[i] ?? value.id) as number | undefined;
            return result.failures[i] || typeof id !== 'number' ? [] : [[id, value.savedAt] as const];
          })
        : gone.map((id) => [id, NaN] as const);
      if (changes.length === 0) return result;
      const step = (inStep.get(req.trans) ?? Promise.resolve()).then(() => writeKeys(rows, req.trans, changes));
      inStep.set(req.trans, step.catch(() => undefined));
      await step;
      return result;
    },
  };
}

async function writeKeys(rows: DBCoreTable, trans: DBCoreTransaction, changes: ReadonlyArray<readonly [number, number]>): Promise<void> {
  const buckets = [...new Set(changes.map(([id]) => bucketOf(id)))];
  const found = (await rows.getMany({ trans, keys: buckets })) as Array<SortKeyRow | undefined>;
  const byBucket = new Map(found.filter((r): r is SortKeyRow => r !== undefined).map((r) => [r.bucket, r]));
  setSortKeys(byBucket, changes);
  await rows.mutate({ trans, type: 'put', values: [...byBucket.values()] });
}

async function idsIn(table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>): Promise<number[]> {
  const found = await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false });
  return found.result as number[];
}
