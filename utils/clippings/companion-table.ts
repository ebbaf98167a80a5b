// A table written beside the clippings in the same transaction, whoever writes them (the sort keys, sync's outbox): a
// DBCore middleware adds it to every read-write transaction on the clippings, so the wrapped clippings table can write
// it there. A database without the table (a schema before it) is left alone.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/** The middleware `name`: `wrap` gets the clippings table and the companion table to write beside it. */
export function companionTableMiddleware(
  name: string,
  companion: string,
  wrap: (clippings: DBCoreTable, companionTable: DBCoreTable) => DBCoreTable,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => {
      const hasCompanion = () => down.schema.tables.some((t) => t.name === companion);
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(mode === 'readwrite' && stores.includes('clippings') && !stores.includes(companion) && hasCompanion() ? [...stores, companion] : stores, mode, options),
        table: (table) => (table === 'clippings' && hasCompanion() ? wrap(down.table(table), down.table(companion)) : down.table(table)),
      };
    },
  };
}
