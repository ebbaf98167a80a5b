// What the library shows about sync, and the failures it can name. Pure: the background classifies,
// the page shows the words.

export type SyncErrorCode = 'address' | 'credentials' | 'forbidden' | 'no-database' | 'unreachable' | 'server-full' | 'too-large' | 'rejected' | 'permission' | 'unknown';

export interface SyncStatus {
  /** The database URL (never with credentials) or null when sync is off. */
  server: string | null;
  running: boolean;
  lastSyncedAt: number | null;
  /** When a sync last changed the library (pages showing it refresh). */
  changedAt: number | null;
  /** Local changes not yet sent. */
  pending: number;
  error: { code: SyncErrorCode; detail: string } | null;
}

/** Where the background keeps the sync status the library shows (storage.local; no credentials in it). */
export const STATUS_KEY = 'syncStatus';

export const SYNC_OFF: SyncStatus = { server: null, running: false, lastSyncedAt: null, changedAt: null, pending: 0, error: null };

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
