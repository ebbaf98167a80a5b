import type { ClippingsDb } from './db';

/**
 * The result of one request on a table, in a read-only transaction of IndexedDB's own (no Dexie promise or callback
 * per row: what the library's hot reads need at 30,000 clippings).
 */
export async function readOne<T>(db: ClippingsDb, table: 'search' | 'clippings', ask: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  if (!db.isOpen()) await db.open();
  const request = ask(db.backendDB().transaction(table, 'readonly').objectStore(table));
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
