// Sync step 1: local changes (outbox rows) become documents in the PouchDB mirror.
import { phaseClock } from '../perf-marks';
import { docFields, docIdOf, fromDoc, isClippingDoc, type ClippingDoc } from './doc';
import { LOCAL_BATCH, type SyncDb } from './engine';
import { mergeVersions } from './merge';
import type { OutboxRow } from './outbox';
import type { Mirror } from './pouch';

interface PushPlan { entry: OutboxRow; docId: string; doc: (Partial<ClippingDoc> & { _id: string }) | null; merged: boolean }

/**
 * Pushes the whole outbox (or its rows that `only` keeps) into the mirror, a batch at a time. Returns how many
 * documents were written, and how many of those were merged with a revision from elsewhere (they hold more than
 * the local row).
 */
export async function pushOutbox(db: SyncDb, mirror: Mirror, only?: (row: OutboxRow) => boolean): Promise<{ written: number; merged: number }> {
  let written = 0;
  let merged = 0;
  const clock = phaseClock('sync push');
  for (;;) {
    const batch = await (only ? db.syncOutbox.filter(only) : db.syncOutbox.toCollection()).limit(LOCAL_BATCH).toArray();
    if (!batch.length) return clock.done(), { written, merged };
    const plans = await planPush(db, mirror, batch);
    clock.lap('plan: outbox rows → documents');
    const docs = plans.flatMap((p) => (p.doc ? [p.doc] : []));
    const results = docs.length ? await mirror.bulkDocs(docs) : [];
    clock.lap('mirror bulkDocs');
    const revs = new Map(results.flatMap((r) => ('ok' in r && r.ok ? [[r.id, r.rev] as const] : [])));
    await db.transaction('rw', [db.syncOutbox, db.syncBase], async () => {
      const pushed = plans.filter((p) => revs.has(p.docId));
      await db.syncBase.bulkDelete(pushed.filter((p) => p.doc?._deleted).map((p) => p.entry.key));
      await db.syncBase.bulkPut(pushed.filter((p) => !p.doc?._deleted).map((p) => ({ key: p.entry.key, docId: p.docId, rev: revs.get(p.docId)!, applied: !p.merged })));
      // A write since this batch was read stays queued for the next one.
      const now = await db.syncOutbox.bulkGet(batch.map((e) => e.key));
      await db.syncOutbox.bulkDelete(batch.filter((e, i) => now[i]?.change === e.change).map((e) => e.key));
    });
    clock.lap('bookkeeping: base revisions, outbox rows');
    written += revs.size;
    merged += plans.filter((p) => p.merged && revs.has(p.docId)).length;
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
    const fields = theirs ? mergeVersions([theirs, docFields(clipping)]) : docFields(clipping);
    return { entry, docId, doc: { ...fields, _id: docId, type: 'clipping', ...(rev ? { _rev: rev } : {}) }, merged: !!theirs };
  });
}
