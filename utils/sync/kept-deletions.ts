// Deletions the server has not confirmed, kept past "Turn off". Turning off clears the outbox and the mirror, and
// turning on again queues every clipping the library still holds: an edit made meanwhile is sent, but a deletion
// was forgotten, and the server's copy came back. So turning off keeps each unsent deletion as the replicator
// would have sent it (the deleted revision with its ancestry), in the extension's storage (the background's
// KEPT_DELETIONS_KEY), per database; turning on to that database sends them before anything is pulled.
import { BATCH, savedSeq, type SyncDb } from './engine';
import type { Mirror, Remote, Revisions } from './pouch';
import { pushOutbox } from './push';

/** A deleted revision and its ancestry: written with `new_edits: false`, it extends the server's own history. */
export interface KeptDeletion { _id: string; _rev: string; _deleted: true; _revisions: Revisions }

/**
 * By database address (the config's `dbUrl`): the deletions that database has not confirmed. Another database's
 * stay kept for it (they are that database's documents, not this one's), until sync is turned on to it again.
 */
export type KeptDeletions = Record<string, KeptDeletion[]>;

/**
 * The deletions made here that the server has not confirmed: the queued ones, first written into the mirror by the
 * push's own rule (a change made elsewhere and already pulled wins over a delete), and the mirror's deletions since
 * the last replication up. Only deletions are pushed: the edits need not be, turning on queues every clipping.
 */
export async function unsentDeletions(db: SyncDb, mirror: Mirror): Promise<KeptDeletion[]> {
  await pushOutbox(db, mirror, (row) => row.deleted);
  const kept: KeptDeletion[] = [];
  const since = await savedSeq(db, 'sentSeq');
  for (let page = await mirror.changes({ since, include_docs: true, limit: BATCH }); page.results.length; page = await mirror.changes({ since: page.last_seq, include_docs: true, limit: BATCH })) {
    for (const { id, doc } of page.results) {
      if (!doc?._deleted) continue;
      const [leaf] = await mirror.get(id, { open_revs: [doc._rev!], revs: true });
      if (leaf?.ok?._revisions) kept.push({ _id: id, _rev: doc._rev!, _deleted: true, _revisions: leaf.ok._revisions });
    }
  }
  return kept;
}

/** `kept` with `deletions` added for `dbUrl` (a later deletion of one document replaces the earlier one). */
export function keepDeletions(kept: KeptDeletions, dbUrl: string, deletions: readonly KeptDeletion[]): KeptDeletions {
  if (!deletions.length) return kept;
  const byId = new Map([...(kept[dbUrl] ?? []), ...deletions].map((d) => [d._id, d]));
  return { ...kept, [dbUrl]: [...byId.values()] };
}

/**
 * Sends kept deletions to their server as the replicator does (`new_edits: false`): a document the server has as this
 * device last saw it is deleted; one edited elsewhere since keeps that edit, the deletion a conflicting deleted leaf
 * (a live leaf always wins over a deleted one). Throws when the server did not take them (they stay kept); one
 * refused by a rule of the server's (`forbidden`) is given up, as the replication gives up a refused document.
 */
export async function sendDeletions(remote: Remote, deletions: readonly KeptDeletion[]): Promise<void> {
  const results = await remote.bulkDocs({ docs: [...deletions], new_edits: false });
  const failed = results.find((r) => 'error' in r && r.error !== 'forbidden');
  if (failed) throw failed;
}

/** The stored value's shape: anything else (an older or damaged value) reads as nothing kept. */
export function isKeptDeletions(value: unknown): value is KeptDeletions {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((list) => Array.isArray(list) && list.every(isKeptDeletion));
}

function isKeptDeletion(value: unknown): value is KeptDeletion {
  const d = value as Partial<KeptDeletion> | null;
  const revisions = d?._revisions;
  return (
    !!d && typeof d._id === 'string' && typeof d._rev === 'string' && d._deleted === true &&
    !!revisions && Number.isInteger(revisions.start) && Array.isArray(revisions.ids) && revisions.ids.every((id) => typeof id === 'string')
  );
}
