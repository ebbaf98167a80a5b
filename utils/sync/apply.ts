// Sync step 3: the mirror's changes become clippings, in the background (the single writer), through the
// engine's own connection (no outbox capture, so nothing echoes back). A batch is one transaction that
// also moves the applied sequence: a worker stopped mid-apply resumes after the last whole batch. The
// clippings written are indexed for search in one pass once every batch is applied (pulled-index.ts).
import { unindex } from '../clippings/db';
import type { Clipping } from '../clippings/types';
import { phaseClock } from '../perf-marks';
import { docFields, fromDoc, isClippingDoc, type ClippingDoc } from './doc';
import { LOCAL_BATCH, savedSeq, type SyncDb } from './engine';
import { choicesMade, lastChanged, mergeVersions, type MergeChoice } from './merge';
import type { Mirror } from './pouch';
import { indexPulled, queueForIndex } from './pulled-index';

type Fields = Omit<Clipping, 'id'>;

/** A clipping edited on two devices whose merge kept one of their values (the other left on the server). */
export interface MergeChosen { title: string; made: MergeChoice[] }

export async function applyMirrorChanges(db: SyncDb, mirror: Mirror): Promise<{ applied: number; conflicts: number; chosen: MergeChosen[] }> {
  let since = await savedSeq(db, 'appliedSeq');
  let applied = 0;
  let conflicts = 0;
  const chosen: MergeChosen[] = [];
  const clock = phaseClock('sync apply');
  for (;;) {
    const changes = await mirror.changes({ since, include_docs: true, conflicts: true, limit: LOCAL_BATCH });
    clock.lap('mirror changes read');
    if (!changes.results.length) break;
    const docs: ClippingDoc[] = [];
    for (const { doc } of changes.results) {
      if (!doc || !(doc._deleted || isClippingDoc(doc))) continue;
      if (!doc._conflicts?.length) {
        docs.push(doc);
        continue;
      }
      conflicts++;
      const { merged, made } = await resolveConflicts(mirror, doc);
      if (made.length) chosen.push({ title: merged.title, made });
      docs.push(merged);
    }
    clock.lap('conflicts merged');
    await db.transaction('rw', [db.clippings, db.search, db.postings, db.syncOutbox, db.syncBase, db.syncState], async () => {
      applied += await applyDocs(db, docs);
      await db.syncState.put({ name: 'appliedSeq', value: changes.last_seq });
    });
    clock.lap('library write (clippings, bases)');
    since = changes.last_seq;
  }
  await indexPulled(db, (phase) => clock.lap(`index pass: ${phase}`));
  clock.done();
  return { applied, conflicts, chosen };
}

/**
 * Merges every conflicting leaf of a document into one revision, which continues the version changed last
 * (whose single fields the merge mostly kept). The other leaves are deleted *with their content*: CouchDB keeps
 * a deleted leaf's body, so a version that lost a single field (a state, a re-saved text) stays reachable, on
 * the server and in every mirror, as a deleted leaf (`GET /db/<id>?open_revs=all`).
 */
async function resolveConflicts(mirror: Mirror, doc: ClippingDoc & { _conflicts?: string[] }): Promise<{ merged: ClippingDoc; made: MergeChoice[] }> {
  const leaves = await mirror.get(doc._id, { open_revs: doc._conflicts! });
  const versions = [doc, ...leaves.flatMap((l) => (l.ok && !l.ok._deleted && isClippingDoc(l.ok) ? [l.ok] : []))];
  const clippings = versions.map(fromDoc);
  const merged = mergeVersions(clippings);
  const made = choicesMade(clippings);
  const kept = lastChanged(versions);
  const others = [doc._rev!, ...doc._conflicts!].filter((rev) => rev !== kept._rev);
  const [result] = await mirror.bulkDocs([
    { ...merged, _id: doc._id, _rev: kept._rev!, type: 'clipping' },
    ...others.map((rev) => {
      const version = versions.find((v) => v._rev === rev);
      return { ...(version ? { ...fromDoc(version), type: 'clipping' as const } : {}), _id: doc._id, _rev: rev, _deleted: true };
    }),
  ]);
  const rev = result && 'rev' in result ? result.rev : kept._rev;
  return { merged: { ...merged, _id: doc._id, _rev: rev, type: 'clipping' }, made };
}

/** A batch of documents into the library (inside the caller's transaction). Returns how many changed it. */
async function applyDocs(db: SyncDb, docs: ClippingDoc[]): Promise<number> {
  const bases = new Map((await db.syncBase.where('docId').anyOf(docs.map((d) => d._id)).toArray()).map((b) => [b.docId, b]));
  // Already here: a revision this device wrote or applied itself.
  const news = docs.filter((d) => !(bases.get(d._id)?.rev === d._rev && bases.get(d._id)?.applied));
  const keyOf = (d: ClippingDoc) => (d._deleted ? bases.get(d._id)?.key : d.key);
  const keys = [...new Set(news.map(keyOf).filter((k): k is string => !!k))];
  const [pendingRows, localRows] = await Promise.all([db.syncOutbox.bulkGet(keys), db.clippings.where('key').anyOf(keys).toArray()]);
  const pending = new Map(pendingRows.flatMap((p) => (p ? [[p.key, p] as const] : [])));
  const local = new Map(localRows.map((c) => [c.key, c]));

  const removed: Clipping[] = [];
  const written: Array<{ fields: Fields; id?: number; keepLocal: boolean; doc: ClippingDoc }> = [];
  for (const doc of news) {
    const key = keyOf(doc);
    if (!key) continue;
    const mine = pending.get(key);
    const here = local.get(key);
    if (doc._deleted) {
      // Changed here since: the change wins, and is pushed next (nothing lost).
      if (mine && !mine.deleted) continue;
      if (here) removed.push(here);
      continue;
    }
    const keepLocal = !!(mine && !mine.deleted && here);
    const fields = keepLocal ? mergeVersions([fromDoc(doc), docFields(here!)]) : fromDoc(doc);
    written.push({ fields, id: here?.id, keepLocal, doc });
  }

  await db.clippings.bulkDelete(removed.map((c) => c.id));
  await unindex(db, removed.map((c) => c.id));
  await db.syncBase.bulkDelete(news.filter((d) => d._deleted).map(keyOf).filter((k): k is string => !!k));
  // A delete here that the server answered with an edit: the edit wins, the delete is forgotten.
  await db.syncOutbox.bulkDelete(written.filter((w) => pending.get(w.fields.key)?.deleted).map((w) => w.fields.key));
  const kept = written.filter((w) => w.id !== undefined);
  const added = written.filter((w) => w.id === undefined);
  await db.clippings.bulkPut(kept.map((w) => ({ ...w.fields, id: w.id! }) as Clipping));
  const newIds = (await db.clippings.bulkAdd(added.map((w) => w.fields as Clipping), { allKeys: true })) as number[];
  await queueForIndex(db, [...kept.map((w) => w.id!), ...newIds]);
  await db.syncBase.bulkPut([...kept, ...added].map((w) => ({ key: w.fields.key, docId: w.doc._id, rev: w.doc._rev!, applied: !w.keepLocal })));
  return removed.length + written.length;
}
