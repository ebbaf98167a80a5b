// What the library shows about sync, and the failures it can name. Pure: the background classifies,
// the page shows the words.
import type { MergeChoice } from './merge';

export type SyncErrorCode = 'address' | 'credentials' | 'forbidden' | 'no-database' | 'unreachable' | 'server-full' | 'too-large' | 'permission' | 'unknown';

/** Why the server refused one clipping for good: over its size limit, or a rule on the server (`forbidden`). */
export type RefusalReason = 'too-large' | 'forbidden';

/**
 * Clippings the server refused for one reason (kept here, left out of sync until they change,
 * utils/sync/refusals.ts): how many, and the first few titles (a rule refusing everything must not put a
 * whole library's titles in every status write).
 */
export interface Refused { reason: RefusalReason; count: number; titles: string[] }

/** Titles a status names of the clippings refused for one reason, or merged by one sync; the others are counted. */
const NAMED_TITLES = 3;

/** The status's account of refused clippings, by reason. */
export function refusedByReason(list: ReadonlyArray<{ title: string; reason: RefusalReason }>): Refused[] {
  return (['too-large', 'forbidden'] as const).flatMap((reason) => {
    const titles = list.filter((r) => r.reason === reason).map((r) => r.title);
    return titles.length ? [{ reason, count: titles.length, titles: titles.slice(0, NAMED_TITLES) }] : [];
  });
}

export interface SyncStatus {
  /** The database URL (never with credentials) or null when sync is off. */
  server: string | null;
  running: boolean;
  /**
   * While a cycle runs, when it last said so (every HEARTBEAT_MS): a worker stopped or killed mid-sync stops
   * beating, so its `running` is not believed for long (`isSyncRunning`).
   */
  beatAt: number | null;
  lastSyncedAt: number | null;
  /** Local changes not yet sent (refused clippings not counted: they are in `refused`). */
  pending: number;
  error: { code: SyncErrorCode; detail: string } | null;
  refused: Refused[];
  /** The last sync that merged clippings edited on two devices keeping one value of a field: kept until another does. */
  merged: Merged | null;
}

/** Clippings edited on two browsers whose merge kept one value (the other left on the server): when, how many, what. */
export interface Merged { at: number; count: number; titles: string[]; made: MergeChoice[] }

/** The status's account of a cycle's merges that chose (null when none did: the last account stays). */
export function mergedAccount(chosen: ReadonlyArray<{ title: string; made: readonly MergeChoice[] }>, at: number): Merged | null {
  if (!chosen.length) return null;
  const made = (['state', 'content', 'highlight'] as const).filter((kind) => chosen.some((c) => c.made.includes(kind)));
  return { at, count: chosen.length, titles: chosen.slice(0, NAMED_TITLES).map((c) => c.title), made };
}

/** What "Change password" did: `refusal` when the server did not take the new credentials (nothing stored then). */
export interface CredentialsChange { status: SyncStatus; refusal: SyncStatus['error'] }

/** Where the background keeps the sync status the library shows (storage.local; no credentials in it). */
export const STATUS_KEY = 'syncStatus';

export const SYNC_OFF: SyncStatus = { server: null, running: false, beatAt: null, lastSyncedAt: null, pending: 0, error: null, refused: [], merged: null };

/** How often a running cycle renews `beatAt`. */
export const HEARTBEAT_MS = 5_000;
/** How long turning sync on waits for the server's first answer before saying it could not reach it. */
export const TURN_ON_WAIT_MS = 20_000;
/** A `beatAt` older than this belongs to a cycle whose worker is gone (several beats missed, even under load). */
export const STALE_AFTER_MS = 20_000;

/** Whether a sync is running now: said so, and said so lately (a stopped worker's last word is not believed). */
export function isSyncRunning(status: SyncStatus, now = Date.now()): boolean {
  return status.running && status.beatAt !== null && now - status.beatAt < STALE_AFTER_MS;
}

/** A sync failure with its code; `detail` never holds credentials. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncError';
  }
}

/** What went wrong, from PouchDB's HTTP errors (status, name) and the browser's network errors. */
export function classifySyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = (error ?? {}) as { status?: number; name?: string; reason?: string; message?: string };
  const detail = redact(e.reason || e.message || String(error));
  if (e.status === 401 || e.name === 'unauthorized') return new SyncError('credentials', detail);
  if (e.status === 403 || e.name === 'forbidden') return new SyncError('forbidden', detail);
  if (e.status === 404 || e.name === 'not_found') return new SyncError('no-database', detail);
  // CouchDB answers 413 (`document_too_large`, `too_large`) for a document or request over its size limits;
  // a server out of room or over a hosting quota answers 507 Insufficient Storage.
  if (e.status === 413 || /too.?large/i.test(`${e.name} ${detail}`)) return new SyncError('too-large', detail);
  if (e.status === 507 || /quota|insufficient.storage|disk.*full|enospc/i.test(`${e.name} ${detail}`)) return new SyncError('server-full', detail);
  if (e.status === 0 || e.name === 'TypeError' || /fetch|network|ECONNREFUSED|Failed to|NetworkError/i.test(detail)) return new SyncError('unreachable', detail);
  return new SyncError('unknown', detail);
}

/** Drops anything that looks like credentials in a URL (`https://user:pass@host`) from a message. */
export function redact(text: string): string {
  return text.replace(/(\b[a-z][a-z+.-]*:\/\/)[^\s/@]*@/gi, '$1');
}
