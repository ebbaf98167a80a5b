// One sync cycle between the local library (Dexie, the UI's source of truth) and the reader's CouchDB,
// through a local PouchDB mirror that PouchDB's replication keeps in step with the server:
//   1. push: outbox rows (local changes, utils/sync/outbox.ts) become documents in the mirror;
//   2. replicate both ways (CouchDB protocol; checkpoints on both sides, so a cut sync resumes);
//   3. apply: the mirror's changes since the last applied sequence become clippings (conflicts merged,
//      utils/sync/merge.ts), in the background, the single writer.
// `syncBase` remembers, per clipping, the revision this device last agreed with; a document whose revision
// differs was changed elsewhere, so a local change is merged with it instead of overwriting it.
import { clippingWords, indexOne, unindex, type ClippingsDb } from '../clippings/db';
import type { Clipping } from '../clippings/types';
import { docIdOf, fromDoc, isClippingDoc, type ClippingDoc } from './doc';
import { mergeVersions } from './merge';
import type { OutboxRow } from './outbox';
import type { Mirror, Remote } from './pouch';

export interface BaseRow {
  key: string;
  docId: string;
  rev: string;
  /** False when the revision holds more than the local row (a merge this device pushed, not yet applied). */
  applied: boolean;
}
export interface StateRow { name: string; value: unknown }

type SyncDb = ClippingsDb;

export interface CycleReport {
  pushed: number;
  pulled: number;
  applied: number;
  conflicts: number;
  /** Documents the server refused (a validation rule, a size limit); they stay here and are tried again. */
  rejected: number;
}

/** Documents a batch moves at a time: small enough for one transaction and one request. */
const BATCH = 100;

/** A whole cycle: push, replicate both ways, apply; replicates once more when applying merged conflicts. */
export async function syncCycle(db: SyncDb, mirror: Mirror, remote: Remote): Promise<CycleReport> {
  const pushed = await pushOutbox(db, mirror);
  const result = await mirror.sync(remote, { batch_size: BATCH });
  const { applied, conflicts } = await applyMirrorChanges(db, mirror);
  const again = conflicts ? await mirror.replicate.to(remote, { batch_size: BATCH }) : null;
  const rejected = again ? again.doc_write_failures : (result.push?.doc_write_failures ?? 0);
  // Everything in the mirror up to here has reached the server.
  await db.syncState.put({ name: 'sentSeq', value: (await mirror.info()).update_seq });
  return { pushed, pulled: result.pull?.docs_written ?? 0, applied, conflicts, rejected };
}

/** Local changes the server does not have yet: queued ones, and those in the mirror since the last full cycle. */
export async function pendingChanges(db: SyncDb, mirror: Mirror): Promise<number> {
  const since = ((await db.syncState.get('sentSeq'))?.value as string | number | undefined) ?? 0;
  const queued = await db.syncOutbox.count();
  let inMirror = 0;
  for (let page = await mirror.changes({ since, limit: BATCH }); page.results.length; page = await mirror.changes({ since: page.last_seq, limit: BATCH })) {
    inMirror += page.results.length;
  }
  return queued + inMirror;
}

const withoutId = ({ id: _id, ...fields }: Clipping): Omit<Clipping, 'id'> => fields;

interface PushPlan { entry: OutboxRow; docId: string; doc: (Partial<ClippingDoc> & { _id: string }) | null; merged: boolean }

/** Step 1: local changes into the mirror. Returns how many documents were written. */
export async function pushOutbox(db: SyncDb, mirror: Mirror): Promise<number> {
  let written = 0;
  for (;;) {
    const batch = await db.syncOutbox.limit(BATCH).toArray();
    if (!batch.length) return written;
    const plans = await planPush(db, mirror, batch);
    const docs = plans.flatMap((p) => (p.doc ? [p.doc] : []));
    const results = docs.length ? await mirror.bulkDocs(docs) : [];
    const revs = new Map(results.flatMap((r) => ('ok' in r && r.ok ? [[r.id, r.rev] as const] : [])));
    await db.transaction('rw', [db.syncOutbox, db.syncBase], async () => {
      for (const { entry, docId, doc, merged } of plans) {
        const rev = revs.get(docId);
        if (rev && doc?._deleted) await db.syncBase.delete(entry.key);
        else if (rev) await db.syncBase.put({ key: entry.key, docId, rev, applied: !merged });
        // A write since this batch was read stays queued for the next one.
        if ((await db.syncOutbox.get(entry.key))?.change === entry.change) await db.syncOutbox.delete(entry.key);
      }
    });
    written += revs.size;
  }
}

/** What each outbox row becomes in the mirror: a document, a deletion, or nothing. */
async function planPush(db: SyncDb, mirror: Mirror, batch: OutboxRow[]): Promise<PushPlan[]> {
  const docIds = await Promise.all(batch.map((row) => docIdOf(row.key)));
  const [current, bases, rows] = await Promise.all([
    mirror.allDocs({ keys: docIds, include_docs: true }),
    db.syncBase.bulkGet(batch.map((row) => row.key)),
    db.clippings.bulkGet(batch.map((row) => row.id ?? -1)),
  ]);
  return batch.map((entry, i) => {
    const docId = docIds[i]!;
    const found = current.rows[i]!;
    const rev = found.value?.rev;
    const clipping = !entry.deleted && rows[i]?.key === entry.key ? rows[i] : undefined;
    // Changed in the mirror (by another device) since this device last agreed with it.
    const unseen = rev !== undefined && rev !== bases[i]?.rev;
    if (!clipping) {
      // A change made elsewhere wins over this delete: nothing is lost.
      const deletion = rev !== undefined && !found.value?.deleted && !unseen;
      return { entry, docId, doc: deletion ? { _id: docId, _rev: rev, _deleted: true } : null, merged: false };
    }
    const theirs = unseen && found.doc && isClippingDoc(found.doc) ? fromDoc(found.doc) : null;
    const fields = theirs ? mergeVersions([theirs, withoutId(clipping)]) : withoutId(clipping);
    return { entry, docId, doc: { ...fields, _id: docId, type: 'clipping', ...(rev ? { _rev: rev } : {}) }, merged: !!theirs };
  });
}

/** Step 3: the mirror's changes into the library. */
export async function applyMirrorChanges(db: SyncDb, mirror: Mirror): Promise<{ applied: number; conflicts: number }> {
  let since = ((await db.syncState.get('appliedSeq'))?.value as string | number | undefined) ?? 0;
  let applied = 0;
  let conflicts = 0;
  for (;;) {
    const changes = await mirror.changes({ since, include_docs: true, conflicts: true, limit: BATCH });
    if (!changes.results.length) return { applied, conflicts };
    const docs: ClippingDoc[] = [];
    for (const change of changes.results) {
      let doc = change.doc;
      if (!doc || !(doc._deleted || isClippingDoc(doc))) continue;
      if (doc._conflicts?.length) {
        doc = await resolveConflicts(mirror, doc);
        conflicts++;
      }
      docs.push(doc);
    }
    await db.transaction('rw', [db.clippings, db.search, db.postings, db.syncOutbox, db.syncBase, db.syncState], async () => {
      for (const doc of docs) if (await applyDoc(db, doc)) applied++;
      await db.syncState.put({ name: 'appliedSeq', value: changes.last_seq });
    });
    since = changes.last_seq;
  }
}

/** Merges every conflicting leaf of a document into one revision, deleting the other leaves. */
async function resolveConflicts(mirror: Mirror, doc: ClippingDoc & { _conflicts?: string[] }): Promise<ClippingDoc> {
  const leaves = await mirror.get(doc._id, { open_revs: doc._conflicts! });
  const versions = [doc, ...leaves.flatMap((l) => (l.ok && !l.ok._deleted && isClippingDoc(l.ok) ? [l.ok] : []))];
  const merged = mergeVersions(versions.map(fromDoc));
  const [result] = await mirror.bulkDocs([
    { ...merged, _id: doc._id, _rev: doc._rev!, type: 'clipping' },
    ...doc._conflicts!.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })),
  ]);
  const rev = result && 'rev' in result ? result.rev : doc._rev;
  return { ...merged, _id: doc._id, _rev: rev, type: 'clipping' };
}

/** One document into the library (inside the caller's transaction). Returns whether it changed the library. */
async function applyDoc(db: SyncDb, doc: ClippingDoc): Promise<boolean> {
  const base = await db.syncBase.where('docId').equals(doc._id).first();
  if (base && base.rev === doc._rev && base.applied) return false;
  const key = doc._deleted ? base?.key : doc.key;
  if (!key) return false;
  const [pending, local] = await Promise.all([db.syncOutbox.get(key), db.clippings.where('key').equals(key).first()]);
  if (doc._deleted) {
    // Changed here since: the change wins, and is pushed next (nothing lost).
    if (pending && !pending.deleted) return false;
    if (local) {
      await db.clippings.delete(local.id);
      await unindex(db, [local.id]);
    }
    await db.syncBase.delete(key);
    return !!local;
  }
  const theirs = fromDoc(doc);
  const keepLocal = pending && !pending.deleted && local;
  const fields = keepLocal ? mergeVersions([theirs, withoutId(local)]) : theirs;
  if (pending?.deleted) await db.syncOutbox.delete(key);
  const id = local ? (await db.clippings.put({ ...fields, id: local.id } as Clipping), local.id) : ((await db.clippings.add(fields as Clipping)) as number);
  await indexOne(db, id, clippingWords(fields));
  await db.syncBase.put({ key, docId: doc._id, rev: doc._rev!, applied: !keepLocal });
  return true;
}
