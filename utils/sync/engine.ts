// One sync cycle between the local library (Dexie, the UI's source of truth) and the reader's CouchDB,
// through a local PouchDB mirror that PouchDB's replication keeps in step with the server:
//   1. push: outbox rows (local changes, utils/sync/outbox.ts) become documents in the mirror;
//   2. replicate both ways (CouchDB protocol; checkpoints on both sides, so a cut sync resumes);
//   3. apply: the mirror's changes since the last applied sequence become clippings (conflicts merged,
//      utils/sync/merge.ts), in the background, the single writer (apply.ts).
// `syncBase` remembers, per clipping, the revision this device last agreed with; a document whose revision
// differs was changed elsewhere, so a local change is merged with it instead of overwriting it (push.ts).
import type { ClippingsDb } from '../clippings/db';
import { phaseClock } from '../perf-marks';
import { applyMirrorChanges, type MergeChosen } from './apply';
import type { Mirror, Remote } from './pouch';
import { pushOutbox } from './push';
import { quickRevsDiff } from './quick-diff';
import { parkRefused, splitRefusals, type Parked } from './refusals';

export interface BaseRow {
  key: string;
  docId: string;
  rev: string;
  /** False when the revision holds more than the local row (a merge this device pushed, not yet applied). */
  applied: boolean;
}
export interface StateRow { name: string; value: unknown }

export type SyncDb = ClippingsDb;

export interface CycleReport {
  pushed: number;
  pulled: number;
  applied: number;
  conflicts: number;
  /** Clippings the server refused for good (a size limit, a rule): parked here until they change (refusals.ts). */
  refused: Parked[];
  /** Clippings edited on two devices whose merge kept one value of a field (apply.ts). */
  chosen: MergeChosen[];
}

/**
 * Documents a replication batch sends or fetches at a time: one request each way. 500 (CouchDB's
 * replicator's batch) cuts the requests by 60 % but was not steadily faster for a first sync of 10,000 (slower
 * in both pairs of 2026-12-02, fastest and slowest in two interleaved runs of 2026-12-03, docs/benchmarks.md).
 */
export const BATCH = 200;
/**
 * Clippings the push and the apply move between the library and the mirror in one step (one transaction
 * on each side): no request to the server, so only memory bounds it; each step costs a few transactions
 * whatever its size, which under load is most of a step of 200.
 */
export const LOCAL_BATCH = 500;

export { applyMirrorChanges, pushOutbox };

/**
 * A sequence of the mirror the sync keeps in `syncState`; 0 before the first. `appliedSeq`: applied to the
 * library up to there; `sentSeq`: the server has every change up to there (what the push sent, then what the
 * pull brought); `upSeq`: where the last replication up ended.
 */
export async function savedSeq(db: SyncDb, name: 'appliedSeq' | 'sentSeq' | 'upSeq'): Promise<string | number> {
  return ((await db.syncState.get(name))?.value as string | number | undefined) ?? 0;
}

/** A whole cycle: push, replicate both ways, apply; replicates once more when applying merged conflicts. */
export async function syncCycle(db: SyncDb, local: Mirror, server: Remote): Promise<CycleReport> {
  const clock = phaseClock('sync');
  const remote = splitRefusals(server);
  const mirror = quickRevsDiff(local);
  const caughtUp = (await savedSeq(db, 'appliedSeq')) === (await mirror.info()).update_seq;
  const { written: pushed, merged } = await pushOutbox(db, mirror);
  // With every earlier mirror change applied, what the push wrote is this library's own rows: the apply
  // need not read it back (a first sync of 10,000 clippings read them all), unless it merged in more.
  if (caughtUp && !merged) await db.syncState.put({ name: 'appliedSeq', value: (await mirror.info()).update_seq });
  clock.lap('push: outbox → mirror');
  // Up, then down (not both at once): the pull then already sees what the push wrote, so the next cycle
  // does not read a whole first sync back.
  const up = await sendUp(db, mirror, remote);
  clock.lap('replicate up');
  const down = await mirror.replicate.from(remote, { batch_size: BATCH });
  // What the pull wrote into the mirror came from the server: it is not waiting to be sent.
  await db.syncState.put({ name: 'sentSeq', value: (await mirror.info()).update_seq });
  clock.lap('replicate down');
  const { applied, conflicts, chosen } = await applyMirrorChanges(db, mirror);
  clock.lap('apply: mirror → library');
  const again = conflicts ? await sendUp(db, mirror, remote) : null;
  const refused = await parkRefused(db, mirror, [...up.errors, ...(again?.errors ?? [])]);
  clock.lap('conflicts sent, refusals parked');
  clock.done();
  return { pushed, pulled: down.docs_written, applied, conflicts, refused, chosen };
}

/** Replicates the mirror to the server, then remembers how far the server has it. */
async function sendUp(db: SyncDb, mirror: Mirror, remote: Remote) {
  const upTo = (await mirror.info()).update_seq;
  const sent = await savedSeq(db, 'sentSeq');
  // A pull since the last replication up wrote documents that came from the server: start after them (at the
  // cost of one checkpoint write), or the replication reads them all back (10,000 after a first sync down).
  const skip = sent !== (await savedSeq(db, 'upSeq')) ? { since: sent } : {};
  const result = await mirror.replicate.to(remote, { batch_size: BATCH, ...skip });
  await db.syncState.bulkPut([{ name: 'sentSeq', value: upTo }, { name: 'upSeq', value: upTo }]);
  return result;
}

/** Local changes the server does not have yet: queued ones, and those written to the mirror since the last push up. */
export async function pendingChanges(db: SyncDb, mirror: Mirror): Promise<number> {
  const since = await savedSeq(db, 'sentSeq');
  const queued = await db.syncOutbox.count();
  let inMirror = 0;
  for (let page = await mirror.changes({ since, limit: BATCH }); page.results.length; page = await mirror.changes({ since: page.last_seq, limit: BATCH })) {
    inMirror += page.results.length;
  }
  return queued + inMirror;
}
