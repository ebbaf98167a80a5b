// Sync as a background feature: turning it on and off, when it runs (after a local change, on an alarm,
// when the library opens) and the status the library shows. One cycle at a time; the work is in engine.ts.
import { browser } from 'wxt/browser';
import { ClippingsDb } from '../clippings/db';
import { noticingIndexedDb } from '../browser/library-mark';
import { pendingChanges, syncCycle } from '../sync/engine';
import { requeueParked } from '../sync/refusals';
import { outboxRow, queuedChanges, type OutboxRow } from '../sync/outbox';
import { openMirror, openRemote } from '../browser/pouchdb';
import type { Mirror } from '../sync/pouch';
import { parseSyncServer, type SyncServer } from '../sync/server';
import { classifySyncError, HEARTBEAT_MS, refusedByReason, STATUS_KEY, SYNC_OFF, SyncError, TURN_ON_WAIT_MS, type SyncStatus } from '../sync/status';

/** Where the credentials live: this browser profile's extension storage, never storage.sync or backups. */
const CONFIG_KEY = 'syncConfig';
const ALARM = 'cr-sync';
/** Often enough to feel live across devices, rare enough to leave a sleeping worker asleep. */
const PERIOD_MINUTES = 15;
/** Changes in a burst (an import, a reader marking as they go) become one sync. */
const DEBOUNCE_MS = 2_000;

interface SyncConfig { dbUrl: string; username: string; password: string }

export interface SyncController {
  enable(input: { url: string; username: string; password: string }): Promise<SyncStatus>;
  disable(): Promise<SyncStatus>;
  now(): Promise<SyncStatus>;
  /** "Try again" for the clippings the server refused: queued again, then a sync now. */
  retryRefused(): Promise<SyncStatus>;
}

/** `onRunning`: told when cycles start and when they are all done (the background holds library-changed meanwhile). */
export function createSyncController(onRunning: (running: boolean) => void = () => undefined): SyncController {
  // The engine's own connection: what it writes came from the server, so it is not queued again.
  const db = new ClippingsDb(undefined, { capture: false, factory: noticingIndexedDb() });
  let mirror: Mirror | null = null;
  let running: Promise<SyncStatus> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const localMirror = () => (mirror ??= openMirror());
  const config = async () => (await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY] as SyncConfig | undefined;
  const status = async (): Promise<SyncStatus> => ({ ...SYNC_OFF, ...((await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined) });
  // One status write at a time (each reads, patches, writes): a heartbeat never undoes the cycle's last word.
  let writes: Promise<unknown> = Promise.resolve();
  const setStatus = (patch: Partial<SyncStatus> | ((old: SyncStatus) => Partial<SyncStatus> | null)): Promise<SyncStatus> => {
    const next = writes.then(async () => {
      const old = await status();
      const change = typeof patch === 'function' ? patch(old) : patch;
      if (!change) return old;
      const merged = { ...old, ...change };
      await browser.storage.local.set({ [STATUS_KEY]: merged });
      return merged;
    });
    writes = next.catch(() => undefined);
    return next;
  };
  // A new worker runs no cycle yet (this is first in the queue): a "running" in storage is the last word of a
  // worker stopped mid-sync.
  void setStatus((old) => (old.running ? { running: false, beatAt: null } : null));

  async function cycle(): Promise<SyncStatus> {
    const current = await config();
    if (!current) return setStatus(SYNC_OFF);
    const server = parseSyncServer(current.dbUrl) as SyncServer;
    await setStatus({ server: current.dbUrl, running: true, beatAt: Date.now() });
    const beat = setInterval(() => void setStatus({ beatAt: Date.now() }), HEARTBEAT_MS);
    let outcome: Partial<SyncStatus>;
    try {
      if (!(await browser.permissions.contains({ origins: [server.originPattern] }))) throw new SyncError('permission', server.origin);
      const report = await syncCycle(db, localMirror(), openRemote(current.dbUrl, current));
      outcome = { lastSyncedAt: Date.now(), pending: await pendingChanges(db, localMirror()), error: null, refused: refusedByReason(report.refused) };
    } catch (failure) {
      const { code, message } = classifySyncError(failure);
      outcome = { pending: await pendingChanges(db, localMirror()), error: { code, detail: message } };
    } finally {
      clearInterval(beat);
    }
    return setStatus({ running: false, beatAt: null, ...outcome });
  }

  /** Runs a cycle, or one more after the running one when asked while it runs. */
  function now(): Promise<SyncStatus> {
    if (running) {
      again = true;
      return running;
    }
    // This cycle sends everything queued so far: a debounced run still waiting would only repeat it (and,
    // firing while this one runs, make this Sync now wait for a second cycle).
    clearTimeout(timer);
    onRunning(true);
    running = (async () => {
      let result: SyncStatus;
      try {
        do {
          again = false;
          result = await cycle();
        } while (again);
      } finally {
        running = null;
        onRunning(false);
      }
      return result;
    })();
    return running;
  }

  async function retryRefused(): Promise<SyncStatus> {
    if (!(await config())) return status();
    const queued = await requeueParked(db);
    // Waiting again, not refused: the panel says so until the cycle tells otherwise.
    await setStatus((old) => ({ refused: [], pending: old.pending + queued }));
    return now();
  }

  /** Turns sync on; a refusal (bad address, no permission, wrong password, no database) is the status's error, nothing stored. */
  async function enable(input: { url: string; username: string; password: string }): Promise<SyncStatus> {
    try {
      return await start(input);
    } catch (failure) {
      const { code, message } = classifySyncError(failure);
      return { ...SYNC_OFF, error: { code, detail: message } };
    }
  }

  async function start({ url, username, password }: { url: string; username: string; password: string }): Promise<SyncStatus> {
    const server = parseSyncServer(url);
    if ('problem' in server) throw new SyncError('address', server.problem);
    if (!(await browser.permissions.contains({ origins: [server.originPattern] }))) throw new SyncError('permission', server.origin);
    // Checked before anything is stored: wrong credentials or a missing database are said at once.
    // (PouchDB's info() answers an HTTP error as a body with `error`, not as a rejection.)
    const info = await answered(openRemote(server.dbUrl, { username, password }).info()).catch((e: unknown) => Promise.reject(classifySyncError(e)));
    if ('error' in info) throw classifySyncError({ name: info.error, reason: info.reason });
    const previous = await config();
    if (previous?.dbUrl !== server.dbUrl) await forgetSyncState();
    await browser.storage.local.set({ [CONFIG_KEY]: { dbUrl: server.dbUrl, username, password } satisfies SyncConfig });
    await queueEverything();
    await browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
    return now();
  }

  async function disable(): Promise<SyncStatus> {
    const current = await config();
    await browser.alarms.clear(ALARM);
    await browser.storage.local.remove(CONFIG_KEY);
    await forgetSyncState();
    const server = current && parseSyncServer(current.dbUrl);
    // Revoking can fail only for a permission the manifest requires (the e2e build's 127.0.0.1).
    if (server && !('problem' in server)) await browser.permissions.remove({ origins: [server.originPattern] }).catch(() => false);
    return setStatus(SYNC_OFF);
  }

  /** The mirror and the bookkeeping go; the library stays as it is. */
  async function forgetSyncState(): Promise<void> {
    await localMirror().destroy();
    mirror = null;
    await db.transaction('rw', [db.syncOutbox, db.syncBase, db.syncState], async () => {
      await Promise.all([db.syncOutbox.clear(), db.syncBase.clear(), db.syncState.clear()]);
    });
  }

  /** Every clipping is a local change the first time: the server gets them all, merged with what it has. */
  async function queueEverything(): Promise<void> {
    await db.transaction('rw', [db.clippings, db.syncOutbox], async () => {
      const rows: OutboxRow[] = [];
      await db.clippings.orderBy('key').eachKey((key, cursor) => void rows.push(outboxRow(key as string, cursor.primaryKey as number)));
      await db.syncOutbox.bulkPut(rows);
    });
  }

  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === ALARM && now()));
  queuedChanges.addEventListener('queued', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void config().then((c) => c && now()), DEBOUNCE_MS);
  });

  return { enable, disable, now, retryRefused };
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
