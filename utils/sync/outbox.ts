// Every local change to a clipping becomes an outbox row IN THE SAME TRANSACTION (a Dexie DBCore
// middleware), so no save, edit, delete or import can commit without sync hearing of it, whoever wrote it
// (store functions, imports, migrations). Rows are keyed by the clipping key: many changes, one row.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { companionTableMiddleware } from '../clippings/companion-table';

export const OUTBOX = 'syncOutbox';

export interface OutboxRow {
  key: string;
  /** The local id of the clipping (absent when it was deleted). */
  id: number | null;
  deleted: boolean;
  /** Changes with every write, so the sync can tell a row it pushed from one written since. */
  change: string;
}

interface KeyedRow { id: number; key: string }

/** The outbox row for a change to the clipping `key`: saved as local `id`, or deleted (`null`). */
export function outboxRow(key: string, id: number | null): OutboxRow {
  return { key, id, deleted: id === null, change: crypto.randomUUID() };
}

/** Fires 'queued' when a transaction queued changes (sync then runs a little later, once per burst). */
export const queuedChanges = new EventTarget();

/** The middleware; the `syncOutbox` table has the clipping `key` as primary key (a database without it is left alone). */
export function outboxMiddleware(): Middleware<DBCore> {
  return companionTableMiddleware('sync-outbox', OUTBOX, capturing);
}

function capturing(table: DBCoreTable, outbox: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req: DBCoreMutateRequest) => {
      // A schema upgrade's own writes are not changes to sync (and the outbox may not exist yet in it).
      if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      const gone = req.type === 'delete' || req.type === 'deleteRange' ? await rowsToDelete(table, req) : [];
      const result = await table.mutate(req);
      const rows: OutboxRow[] =
        req.type === 'add' || req.type === 'put'
          ? (req.values as KeyedRow[]).flatMap((value, i) => {
              const id = result.results?.[i] ?? value.id;
              return result.failures[i] || typeof value.key !== 'string' ? [] : [outboxRow(value.key, id)];
            })
          : gone.map((row) => outboxRow(row.key, null));
      if (rows.length) {
        await outbox.mutate({ trans: req.trans, type: 'put', values: rows });
        queuedChanges.dispatchEvent(new Event('queued'));
      }
      return result;
    },
  };
}

async function rowsToDelete(table: DBCoreTable, req: DBCoreMutateRequest): Promise<KeyedRow[]> {
  if (req.type === 'delete') return ((await table.getMany({ trans: req.trans, keys: req.keys })) as Array<KeyedRow | undefined>).filter((r): r is KeyedRow => !!r);
  if (req.type !== 'deleteRange') return [];
  const found = await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: true });
  return found.result as KeyedRow[];
}
