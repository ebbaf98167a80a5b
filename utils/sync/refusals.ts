// Clippings the server refuses for good (over its size limit, or a rule on the server) must not block the
// rest of the queue. PouchDB's replicator skips a document the server answers `forbidden` (and moves its
// checkpoint past it) but stops at any other refusal, and CouchDB refuses a whole `_bulk_docs` request with
// 413 when one document in it is too large (naming it; a proxy's body limit names none). So the server's
// writes are split here until the refused document stands alone, and its refusal is handed to the replicator
// as a `forbidden` one: skipped like CouchDB's own replicator skips it, the others written. The skipped
// documents are parked: kept here, listed in the status with their titles, and sent again when they change
// (a new revision in the mirror is a new change for the replicator) or when the reader asks ("Try again",
// once the server's limit or rule has changed).
import type { ClippingDoc } from './doc';
import type { SyncDb } from './engine';
import { outboxRow, type OutboxRow } from './outbox';
import type { Mirror, Remote, WriteResult } from './pouch';
import type { RefusalReason } from './status';

/** A parked document: the revision the server refused (a later one is tried again). */
export interface Parked { docId: string; rev: string; title: string; reason: RefusalReason }

type Doc = { _id: string };
type BulkDocs = Remote['bulkDocs'];
type Failure = { id?: string; status?: number; name?: string; error?: string; reason?: string };

const PARKED = 'parked';
const split = new WeakSet<Remote>();

const tooLarge = (e: Failure) => e.status === 413 || /too.?large/i.test(`${e.name} ${e.error}`);

/** A too-large refusal as one the replicator skips (it skips `forbidden`, stops at anything else); 413 says why. */
const skip = (id: string, detail?: string): WriteResult => ({ id, error: 'forbidden', name: 'forbidden', status: 413, reason: detail });

/** Makes the server's bulk writes refuse a too-large document alone, as the replicator can skip it. Idempotent. */
export function splitRefusals(remote: Remote): Remote {
  if (split.has(remote)) return remote;
  split.add(remote);
  const send: BulkDocs = remote.bulkDocs.bind(remote);
  const write = async (docs: Doc[], body: Parameters<BulkDocs>[0], options: unknown): Promise<WriteResult[]> => {
    try {
      const results = await send({ ...body, docs }, options);
      // A server may also refuse one document of the batch as too large.
      return results.map((r) => ('error' in r && r.id && tooLarge(r) ? skip(r.id, r.reason) : r));
    } catch (error) {
      const e = (error ?? {}) as Failure;
      if (!tooLarge(e)) throw error;
      if (docs.length === 1) return [skip(docs[0]!._id, e.reason)];
      // CouchDB names the document in the reason; without a name (a proxy's limit), halves until it stands alone.
      const named = docs.find((d) => d._id === e.reason);
      if (named) return [skip(named._id, e.reason), ...(await write(docs.filter((d) => d !== named), body, options))];
      const half = Math.ceil(docs.length / 2);
      return [...(await write(docs.slice(0, half), body, options)), ...(await write(docs.slice(half), body, options))];
    }
  };
  remote.bulkDocs = (body, options) => write(body.docs, body, options);
  return remote;
}

/**
 * After a cycle: the documents the server refused in it (the replicator's errors), and those refused before
 * whose revision in the mirror is still the refused one (not changed since, so not tried again). Kept in
 * `syncState`; returns them for the status.
 */
export async function parkRefused(db: SyncDb, mirror: Mirror, errors: readonly unknown[]): Promise<Parked[]> {
  const before = await parkedClippings(db);
  const fresh = new Map<string, RefusalReason>();
  for (const e of errors as Failure[]) if (e?.id) fresh.set(e.id, tooLarge(e) ? 'too-large' : 'forbidden');
  if (!fresh.size && !before.length) return before;
  const ids = [...new Set([...fresh.keys(), ...before.map((p) => p.docId)])];
  const { rows } = await mirror.allDocs({ keys: ids, include_docs: true });
  const earlier = new Map(before.map((p) => [p.docId, p]));
  const parked = rows.flatMap((row, i): Parked[] => {
    const docId = ids[i]!;
    const doc = row.doc as ClippingDoc | null | undefined;
    if (!row.value || row.value.deleted || !doc) return [];
    const reason = fresh.get(docId) ?? (earlier.get(docId)?.rev === row.value.rev ? earlier.get(docId)!.reason : undefined);
    return reason ? [{ docId, rev: row.value.rev, title: doc.title, reason }] : [];
  });
  await db.syncState.put({ name: PARKED, value: parked });
  return parked;
}

/** Every parked clipping, as the last cycle left them (the status names only a few; the panel lists them all). */
export const parkedClippings = async (db: SyncDb): Promise<Parked[]> => ((await db.syncState.get(PARKED))?.value as Parked[] | undefined) ?? [];

/**
 * "Try again": the parked clippings become local changes again, so the next cycle gives each a new revision,
 * which the replication sends (refused again, it is parked again). None stays parked. Returns how many were queued.
 */
export async function requeueParked(db: SyncDb): Promise<number> {
  return db.transaction('rw', [db.syncState, db.syncBase, db.clippings, db.syncOutbox], async () => {
    const parked = await parkedClippings(db);
    if (!parked.length) return 0;
    // The key of each parked document is the one its clipping last pushed it under.
    const keys = (await db.syncBase.where('docId').anyOf(parked.map((p) => p.docId)).toArray()).map((b) => b.key);
    const rows: OutboxRow[] = [];
    await db.clippings.where('key').anyOf(keys).eachKey((key, cursor) => void rows.push(outboxRow(key as string, cursor.primaryKey as number)));
    await db.syncOutbox.bulkPut(rows);
    await db.syncState.put({ name: PARKED, value: [] });
    return rows.length;
  });
}
