// Sync as a background feature: turning it on and off, when it runs (after a local change, on an alarm,
// when the library opens) and the status the library shows. One cycle at a time; the work is in engine.ts.
import { browser } from 'wxt/browser';
import { ClippingsDb } from '../clippings/db';
import { noticingIndexedDb } from '../browser/library-mark';
import { pendingChanges, syncCycle } from '../sync/engine';
import { requeueParked } from '../sync/refusals';
import { isKeptDeletions, keepDeletions, sendDeletions, unsentDeletions, type KeptDeletions } from '../sync/kept-deletions';
import { outboxRow, queuedChanges, type OutboxRow } from '../sync/outbox';
import { openMirror, openRemote } from '../browser/pouchdb';
import type { Mirror } from '../sync/pouch';
import { parseSyncServer, type SyncServer } from '../sync/server';
import { classifySyncError, HEARTBEAT_MS, mergedAccount, refusedByReason, STATUS_KEY, SYNC_OFF, SyncError, TURN_ON_WAIT_MS, type CredentialsChange, type SyncStatus } from '../sync/status';

/** Where the credentials live: this browser profile's extension storage, never storage.sync or backups. */
const CONFIG_KEY = 'syncConfig';
/** The deletions a database has not confirmed, kept when sync is turned off (utils/sync/kept-deletions.ts). */
export const KEPT_DELETIONS_KEY = 'syncKeptDeletions';
const ALARM = 'cr-sync';
/** Often enough to feel live across devices, rare enough to leave a sleeping worker asleep. */
const PERIOD_MINUTES = 15;
/** Changes in a burst (an import, a reader marking as they go) become one sync. */
const DEBOUNCE_MS = 2_000;

interface SyncConfig { dbUrl: string; username: string; password: string }

export interface SyncController {
  enable(input: SyncInput): Promise<SyncStatus>;
  disable(): Promise<SyncStatus>;
  now(): Promise<SyncStatus>;
  /** "Try again" for the clippings the server refused: queued again, then a sync now. */
  retryRefused(): Promise<SyncStatus>;
  /** "Change password": the running sync's credentials replaced in place (its queued changes kept), then a sync now. */
  changeCredentials(input: Credentials): Promise<CredentialsChange>;
}

/** `onRunning`: told when cycles start and when they are all done (the background holds library-changed meanwhile). */
export function createSyncController(onRunning: (running: boolean) => void = () => undefined): SyncController {
  // The engine's own connection: what it writes came from the server, so it is not queued again.
  const db = new ClippingsDb(undefined, { capture: false, factory: noticingIndexedDb() });
  const mirror = mirrorHolder();
  const setStatus = statusWriter();
  // A new worker runs no cycle yet (this is first in the queue): a "running" in storage is the last word of a
  // worker stopped mid-sync.
  void setStatus((old) => (old.running ? { running: false, beatAt: null } : null));
  const afterChanges = debounced(() => void readConfig().then((c) => c && now()), DEBOUNCE_MS);
  // This cycle sends everything queued so far: a debounced run still waiting would only repeat it (and, firing while
  // this one runs, make this Sync now wait for a second cycle).
  const now = oneCycleAtATime(() => runCycle(db, mirror.get, setStatus), () => (afterChanges.cancel(), onRunning(true)), () => onRunning(false));

  async function retryRefused(): Promise<SyncStatus> {
    if (!(await readConfig())) return readStatus();
    const queued = await requeueParked(db);
    // Waiting again, not refused: the panel says so until the cycle tells otherwise.
    await setStatus((old) => ({ refused: [], pending: old.pending + queued }));
    return now();
  }

  /** Turns sync on; a refusal (bad address, no permission, wrong password, no database) is the status's error, nothing stored. */
  async function enable(input: SyncInput): Promise<SyncStatus> {
    try {
      await turnOn(db, mirror, input);
      return await now();
    } catch (failure) {
      const { code, message } = classifySyncError(failure);
      return { ...SYNC_OFF, error: { code, detail: message } };
    }
  }

  /**
   * "Change password": new credentials for the server sync runs with, checked first. Nothing else is touched: the
   * changes not yet sent (a delete among them) stay queued and go with the next cycle, run at once.
   */
  async function changeCredentials(input: Credentials): Promise<CredentialsChange> {
    const current = await readConfig();
    if (!current) return { status: await readStatus(), refusal: null };
    try {
      await checkServer(current.dbUrl, input);
    } catch (failure) {
      const { code, message } = classifySyncError(failure);
      return { status: await readStatus(), refusal: { code, detail: message } };
    }
    await browser.storage.local.set({ [CONFIG_KEY]: { ...current, username: input.username, password: input.password } satisfies SyncConfig });
    return { status: await now(), refusal: null };
  }

  async function disable(): Promise<SyncStatus> {
    await turnOff(db, mirror);
    return setStatus(SYNC_OFF);
  }

  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === ALARM && now()));
  queuedChanges.addEventListener('queued', afterChanges.call);

  return { enable, disable, now, retryRefused, changeCredentials };
}

type Credentials = { username: string; password: string };
type SyncInput = Credentials & { url: string };
type StatusPatch = Partial<SyncStatus> | ((old: SyncStatus) => Partial<SyncStatus> | null);
type MirrorHolder = ReturnType<typeof mirrorHolder>;

const readConfig = async () => (await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY] as SyncConfig | undefined;
const readKept = async (): Promise<KeptDeletions> => {
  const kept: unknown = (await browser.storage.local.get(KEPT_DELETIONS_KEY))[KEPT_DELETIONS_KEY];
  return isKeptDeletions(kept) ? kept : {};
};
const readStatus = async (): Promise<SyncStatus> => ({ ...SYNC_OFF, ...((await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined) });

/** The local mirror, opened when first needed and forgotten when sync is turned off or to another server. */
function mirrorHolder() {
  let mirror: Mirror | null = null;
  return {
    get: (): Mirror => (mirror ??= openMirror()),
    destroy: async () => {
      await (mirror ??= openMirror()).destroy();
      mirror = null;
    },
  };
}

/**
 * Patches the stored status and gives the status written. One write at a time (each reads, patches, writes): a heartbeat
 * never undoes the cycle's last word. A patch that is a function may return null: nothing written.
 */
function statusWriter(): (patch: StatusPatch) => Promise<SyncStatus> {
  let writes: Promise<unknown> = Promise.resolve();
  return (patch) => {
    const next = writes.then(async () => {
      const old = await readStatus();
      const change = typeof patch === 'function' ? patch(old) : patch;
      if (!change) return old;
      const merged = { ...old, ...change };
      await browser.storage.local.set({ [STATUS_KEY]: merged });
      return merged;
    });
    writes = next.catch(() => undefined);
    return next;
  };
}

/** `call` runs `run` once `ms` have passed since the last call; `cancel` drops a run still waiting. */
function debounced(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call: () => {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    cancel: () => clearTimeout(timer),
  };
}

/**
 * A function that runs `cycle`, or, asked while one runs, one more after it (the same promise: its last status).
 * `started` and `finished` are told when a run of cycles begins and when it has ended.
 */
function oneCycleAtATime(cycle: () => Promise<SyncStatus>, started: () => void, finished: () => void): () => Promise<SyncStatus> {
  let running: Promise<SyncStatus> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    started();
    running = (async () => {
      let result: SyncStatus;
      try {
        do {
          again = false;
          result = await cycle();
        } while (again);
      } finally {
        running = null;
        finished();
      }
      return result;
    })();
    return running;
  };
}

/** One sync cycle with the configured server, its heartbeat renewed while it runs; its outcome is the status written. */
async function runCycle(db: ClippingsDb, mirror: () => Mirror, setStatus: (patch: StatusPatch) => Promise<SyncStatus>): Promise<SyncStatus> {
  const current = await readConfig();
  if (!current) return setStatus(SYNC_OFF);
  const server = parseSyncServer(current.dbUrl) as SyncServer;
  await setStatus({ server: current.dbUrl, running: true, beatAt: Date.now() });
  const beat = setInterval(() => void setStatus({ beatAt: Date.now() }), HEARTBEAT_MS);
  let outcome: Partial<SyncStatus>;
  try {
    if (!(await browser.permissions.contains({ origins: [server.originPattern] }))) throw new SyncError('permission', server.origin);
    const report = await syncCycle(db, mirror(), openRemote(current.dbUrl, current));
    const now = Date.now();
    const merged = mergedAccount(report.chosen, now);
    outcome = { lastSyncedAt: now, pending: await pendingChanges(db, mirror()), error: null, refused: refusedByReason(report.refused), ...(merged && { merged }) };
  } catch (failure) {
    const { code, message } = classifySyncError(failure);
    outcome = { pending: await pendingChanges(db, mirror()), error: { code, detail: message } };
  } finally {
    clearInterval(beat);
  }
  return setStatus({ running: false, beatAt: null, ...outcome });
}

/**
 * Checks the server and the credentials, then stores them, queues every clipping and sets the alarm; throws (nothing
 * stored) on a bad address, a missing permission, wrong credentials or a missing database.
 */
async function turnOn(db: ClippingsDb, mirror: MirrorHolder, { url, username, password }: SyncInput): Promise<void> {
  const server = parseSyncServer(url);
  if ('problem' in server) throw new SyncError('address', server.problem);
  if (!(await browser.permissions.contains({ origins: [server.originPattern] }))) throw new SyncError('permission', server.origin);
  // Checked before anything is stored: wrong credentials or a missing database are said at once.
  await checkServer(server.dbUrl, { username, password });
  await sendKeptDeletions(server.dbUrl, { username, password });
  const previous = await readConfig();
  if (previous?.dbUrl !== server.dbUrl) await forgetSyncState(db, mirror);
  await browser.storage.local.set({ [CONFIG_KEY]: { dbUrl: server.dbUrl, username, password } satisfies SyncConfig });
  await queueEverything(db);
  await browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
}

/** Asks the server for its database with these credentials; throws the classified refusal. */
async function checkServer(dbUrl: string, credentials: Credentials): Promise<void> {
  // PouchDB's info() answers an HTTP error as a body with `error`, not as a rejection.
  const info = await answered(openRemote(dbUrl, credentials).info()).catch((e: unknown) => Promise.reject(classifySyncError(e)));
  if ('error' in info) throw classifySyncError({ name: info.error, reason: info.reason });
}

/**
 * The deletions kept for this database, sent before sync is on (so before anything is pulled into the library: a
 * clipping deleted while sync was off, or failing, never comes back, even for a moment), then forgotten. Another
 * database's stay kept for it. Throws (nothing stored, they stay kept) when the server does not take them.
 */
async function sendKeptDeletions(dbUrl: string, credentials: Credentials): Promise<void> {
  const { [dbUrl]: deletions, ...others } = await readKept();
  if (!deletions) return;
  await answered(sendDeletions(openRemote(dbUrl, credentials), deletions));
  await browser.storage.local.set({ [KEPT_DELETIONS_KEY]: others });
}

/**
 * Keeps the deletions the server has not confirmed, then forgets the alarm, the credentials, the mirror and the
 * bookkeeping, and gives the server's origin back.
 */
async function turnOff(db: ClippingsDb, mirror: MirrorHolder): Promise<void> {
  const current = await readConfig();
  await browser.alarms.clear(ALARM);
  await browser.storage.local.remove(CONFIG_KEY);
  if (current) await keepUnsentDeletions(db, mirror.get(), current.dbUrl);
  await forgetSyncState(db, mirror);
  const server = current && parseSyncServer(current.dbUrl);
  // Revoking can fail only for a permission the manifest requires (the e2e build's 127.0.0.1).
  if (server && !('problem' in server)) await browser.permissions.remove({ origins: [server.originPattern] }).catch(() => false);
}

/** The deletions `dbUrl` has not confirmed, added to those kept; a mirror that cannot be read must not block turning off. */
async function keepUnsentDeletions(db: ClippingsDb, mirror: Mirror, dbUrl: string): Promise<void> {
  const deletions = await unsentDeletions(db, mirror).catch((failure: unknown) => (console.warn('sync: unsent deletions not kept', failure), []));
  if (deletions.length) await browser.storage.local.set({ [KEPT_DELETIONS_KEY]: keepDeletions(await readKept(), dbUrl, deletions) });
}

/** The mirror and the bookkeeping go; the library stays as it is. */
async function forgetSyncState(db: ClippingsDb, mirror: MirrorHolder): Promise<void> {
  await mirror.destroy();
  await db.transaction('rw', [db.syncOutbox, db.syncBase, db.syncState], async () => {
    await Promise.all([db.syncOutbox.clear(), db.syncBase.clear(), db.syncState.clear()]);
  });
}

/** Every clipping is a local change the first time: the server gets them all, merged with what it has. */
async function queueEverything(db: ClippingsDb): Promise<void> {
  await db.transaction('rw', [db.clippings, db.syncOutbox], async () => {
    const rows: OutboxRow[] = [];
    await db.clippings.orderBy('key').eachKey((key, cursor) => void rows.push(outboxRow(key as string, cursor.primaryKey as number)));
    await db.syncOutbox.bulkPut(rows);
  });
}

/**
 * The server's first answer, or "unreachable" after TURN_ON_WAIT_MS: one that never answers (an https address for a
 * plain-http port, a firewall that drops the packets) kept "Turn on sync" busy, with no word, for minutes.
 */
function answered<T>(request: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncError('unreachable', `no answer in ${TURN_ON_WAIT_MS / 1000} s`)), TURN_ON_WAIT_MS);
  });
  return Promise.race([request, silence]).finally(() => clearTimeout(timer));
}
